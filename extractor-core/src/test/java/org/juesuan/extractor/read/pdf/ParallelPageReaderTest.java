package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelPageReaderTest {
    /** 财政局's 24 pages: narrative lines and nine ruled 决算表, some over two pages. */
    private static final byte[] CAIZHENGJU = RepoFiles.bytes(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf"));

    @Test
    void pagesReadInRangesOnSeveralThreadsGiveWhatOnePassGives() throws IOException {
        try (PDDocument document = Loader.loadPDF(CAIZHENGJU)) {
            int pages = document.getNumberOfPages();
            List<PdfItem> onePass = PdfContentStripper.read(document);
            for (int threads : new int[]{2, 3, 6}) {
                List<PdfItem> ranges = new ParallelPageReader(threads).read(CAIZHENGJU, document, pages);
                assertEquals(onePass, ranges, threads + " threads");
            }
            assertEquals(1, onePass.get(0).page());
            assertEquals(pages, onePass.get(onePass.size() - 1).page());
            assertTrue(onePass.stream().anyMatch(item -> item instanceof PdfItem.Table), "tables are among the items");
        }
    }

    @Test
    void aShortDocumentIsReadInOnePass() throws IOException {
        byte[] shehui = RepoFiles.bytes(RepoFiles.corpus("sh-putuo-shehuigongzuobu-2024.pdf"));
        try (PDDocument document = Loader.loadPDF(shehui)) {
            // told it has 3 pages, fewer than two ranges of MIN_PAGES_PER_RANGE: no second document is loaded from
            // the bytes (here none, which could not be loaded)
            List<PdfItem> items = new ParallelPageReader(4).read(new byte[0], document, 3);
            assertEquals(PdfContentStripper.read(document, 1, Integer.MAX_VALUE), items);
        }
    }

    @Test
    void noThreadsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelPageReader(0));
    }
}
