package org.juesuan.extractor.read;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.juesuan.extractor.read.pdf.PdfContentStripper;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A font shared by many pages is parsed once per document: PDFBox's own cache drops it after each of its first
 * pages, and 财政局's FangSong (24 pages) and Noto Sans KR (9 pages, 3.4 MB) were parsed four times each.
 */
class PdfFontsParsedOnceTest {
    @Test
    void everyPageGetsTheFontParsedForTheFirstPageThatUsesIt() throws Exception {
        byte[] pdf = RepoFiles.bytes(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf"));
        try (PDDocument document = PdfReader.load(pdf)) {
            List<PDFont> before = fontsOfEveryPage(document);
            PdfContentStripper.read(document);
            List<PDFont> after = fontsOfEveryPage(document);
            assertEquals(before.size(), after.size());
            assertEquals(60, before.size(), "uses of its six fonts on its 25 pages");
            for (int i = 0; i < before.size(); i++) {
                assertSame(before.get(i), after.get(i), "font use " + i + ": " + before.get(i).getName());
            }
        }
    }

    private static List<PDFont> fontsOfEveryPage(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
