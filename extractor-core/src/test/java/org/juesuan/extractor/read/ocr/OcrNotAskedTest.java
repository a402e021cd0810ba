package org.juesuan.extractor.read.ocr;

import org.juesuan.extractor.read.PdfReader;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A PDF whose every page has a usable text layer never touches the OCR engine, not even to ask whether it is
 * there: asking starts the tesseract program (three times, in Tika's parser), which cost a cold {@code extract}
 * about 0.2 s on a 2-core machine.
 */
class OcrNotAskedTest {
    /** Fails any call: the reader must not ask. */
    private static final class UntouchableEngine implements OcrEngine {
        @Override
        public Optional<String> unavailable() {
            throw new AssertionError("the engine was asked whether it is available");
        }

        @Override
        public String name() {
            throw new AssertionError("the engine was named");
        }

        @Override
        public String language() {
            throw new AssertionError("the engine's language was asked");
        }

        @Override
        public List<String> lines(BufferedImage page) {
            throw new AssertionError("the engine read a page");
        }

        @Override
        public List<OcrLine> wordLines(BufferedImage page) {
            throw new AssertionError("the engine read a page's words");
        }
    }

    @Test
    void aTextPdfIsReadWithoutAskingTheEngine() throws Exception {
        byte[] text = Files.readAllBytes(RepoFiles.root().resolve("corpora/sh-putuo-shehuigongzuobu-2024.pdf"));
        RawDocument document = new PdfReader(new UntouchableEngine()).read(text, "shehuigongzuobu.pdf");
        assertNull(document.ocr());
        assertTrue(document.blocks().size() > 50, "blocks: " + document.blocks().size());
    }
}
