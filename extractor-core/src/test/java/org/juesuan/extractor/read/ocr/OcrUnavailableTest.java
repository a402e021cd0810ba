package org.juesuan.extractor.read.ocr;

import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.read.PdfReader;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.read.ReadException;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the PDF reader does where tesseract is not installed (a tesseract path where there is none). */
class OcrUnavailableTest {
    private static final TesseractOcrEngine MISSING = new TesseractOcrEngine("/nonexistent-tesseract-dir/");
    private static final PdfReader READER = new PdfReader(MISSING);

    @Test
    void theEngineNamesThePackagesToInstall() {
        String why = MISSING.unavailable().orElseThrow();
        assertTrue(why.contains("tesseract-ocr, tesseract-ocr-chi-sim"), why);
    }

    @Test
    void aScanIsANoTextErrorNamingTheMissingPackages() throws IOException {
        byte[] scan = Files.readAllBytes(RepoFiles.fixture("ocr/seed001-p5-7-scan.pdf"));
        ReadException e = assertThrows(ReadException.class, () -> READER.read(scan, "scan.pdf"));
        assertEquals(ErrorType.NO_TEXT, e.type());
        assertTrue(e.getMessage().contains("OCR is not available")
                && e.getMessage().contains("tesseract-ocr, tesseract-ocr-chi-sim"), e.getMessage());
    }

    @Test
    void aGarbledTextLayerIsNotPassedOnAsText() throws IOException {
        byte[] garbled = Files.readAllBytes(RepoFiles.fixture("ocr/seed004-p3-4-no-tounicode.pdf"));
        ReadException e = assertThrows(ReadException.class, () -> READER.read(garbled, "garbled.pdf"));
        assertEquals(ErrorType.NO_TEXT, e.type());
        assertTrue(e.getMessage().contains("tesseract-ocr-chi-sim"), e.getMessage());
    }

    @Test
    void aTextPdfNeedsNoOcr() throws Exception {
        // its page 14 has no text but draws no image either (an empty table continuation): nothing to OCR
        byte[] text = Files.readAllBytes(RepoFiles.root().resolve("corpora/sh-putuo-caizhengju-2024.pdf"));
        RawDocument document = READER.read(text, "caizhengju.pdf");
        assertNull(document.ocr());
        assertEquals(25, document.pages());
    }
}
