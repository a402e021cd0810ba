package org.juesuan.extractor.read.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.juesuan.extractor.model.OcrPage;
import org.juesuan.extractor.read.RawCell;
import org.juesuan.extractor.read.pdf.PdfContentStripper;
import org.juesuan.extractor.read.pdf.PdfItem;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLayerCheckTest {

    /** The text of each page as the PDF reader sees it (lines and table cells). */
    private static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<StringBuilder> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(new StringBuilder());
            }
            for (PdfItem item : PdfContentStripper.read(document)) {
                StringBuilder page = pages.get(item.page() - 1);
                if (item instanceof PdfItem.TextLine line) {
                    page.append(line.text()).append('\n');
                } else if (item instanceof PdfItem.Table table) {
                    table.rows().forEach(row -> row.stream().map(RawCell::text).forEach(t -> page.append(t).append('\t')));
                }
            }
            return pages.stream().map(StringBuilder::toString).toList();
        }
    }

    @Test
    void noPageOfTheRealTextPdfsIsGarbled() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (String dir : List.of("seeds", "tables")) {
            try (Stream<Path> files = Files.list(RepoFiles.fixture(dir))) {
                files.filter(f -> f.toString().endsWith(".pdf")).forEach(pdfs::add);
            }
        }
        try (Stream<Path> files = Files.list(RepoFiles.root().resolve("corpora"))) {
            files.filter(f -> f.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        assertTrue(pdfs.size() >= 10, "text PDFs found: " + pdfs);
        int pages = 0;
        for (Path pdf : pdfs) {
            List<String> texts = pageTexts(pdf);
            for (int p = 0; p < texts.size(); p++) {
                Optional<TextLayerCheck.Verdict> verdict = TextLayerCheck.check(texts.get(p));
                // the 财政局's page 14 is an empty continuation of a table: no text, and nothing to garble
                verdict.ifPresent(v -> assertEquals(OcrPage.NO_TEXT_LAYER, v.reason(), pdf + " " + v));
                pages++;
            }
        }
        assertTrue(pages > 250, "pages checked: " + pages);
    }

    @Test
    void aTextLayerWithoutUnicodeMapsIsGarbled() throws IOException {
        List<String> texts = pageTexts(RepoFiles.fixture("ocr/seed004-p3-4-no-tounicode.pdf"));
        assertEquals(2, texts.size());
        for (String text : texts) {
            TextLayerCheck.Verdict verdict = TextLayerCheck.check(text).orElseThrow(() -> new AssertionError(text));
            assertEquals(OcrPage.GARBLED_TEXT_LAYER, verdict.reason(), verdict.detail());
        }
    }

    @Test
    void reasonsOnHandMadeText() {
        assertEquals(OcrPage.NO_TEXT_LAYER, TextLayerCheck.check("").orElseThrow().reason());
        assertEquals(OcrPage.NO_TEXT_LAYER, TextLayerCheck.check("- 3 -\n").orElseThrow().reason());
        // a table page: figures and codes, little Chinese, is not garbled
        assertTrue(TextLayerCheck.check("2010601 行政运行 1,511.89 1,503.52 8.37\n合计 2,940.05 2,531.33 408.72").isEmpty());
        // radical look-alikes (⻔) that real PDFs carry are usual characters
        assertTrue(TextLayerCheck.check("上海市普陀区财政局部⻔决算，财政拨款收入2,940.05万元。").isEmpty());
        // the codes of a font without a Unicode map, read as Latin-1 and control characters
        assertEquals(OcrPage.GARBLED_TEXT_LAYER,
                TextLayerCheck.check("\u0005()\"#\u001c\u0008$%\nÃaÃZH¶Ã²\n\\]\u0012i KLmnop@¬2").orElseThrow().reason());
        // the same codes as ASCII only: Latin letters where a Chinese report prints Chinese
        assertEquals(OcrPage.GARBLED_TEXT_LAYER,
                TextLayerCheck.check("KLmnop dg h KL L h dgab cdef ghij klmn").orElseThrow().reason());
        // mojibake into rare hanzi and other scripts
        assertEquals(OcrPage.GARBLED_TEXT_LAYER,
                TextLayerCheck.check("鍐冲畻鍏紑璇存槑锛屾敹鍏ュ悎璁°€備竴鑸叕鍏遍绠楄储鏀挎嫧娆俱€").orElseThrow().reason());
    }
}
