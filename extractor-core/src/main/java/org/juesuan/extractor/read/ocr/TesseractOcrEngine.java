package org.juesuan.extractor.read.ocr;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tesseract with the simplified-Chinese model, through Tika's {@link TesseractOCRParser} (which runs the
 * {@code tesseract} program on a temporary image file). Page segmentation mode 1 (automatic, with orientation and
 * script detection) so that a page scanned sideways is read upright. Needs the Debian packages
 * {@code tesseract-ocr} and {@code tesseract-ocr-chi-sim}; without them {@link #unavailable()} names what is missing.
 */
public final class TesseractOcrEngine implements OcrEngine {
    public static final String LANGUAGE = "chi_sim";
    static final String PACKAGES = "tesseract-ocr, tesseract-ocr-chi-sim";
    /** Per page; a page that takes longer is left unread rather than holding the input until its time limit. */
    private static final int TIMEOUT_SECONDS = 120;

    private final TesseractOCRParser parser = new TesseractOCRParser();
    /** Checked on first use, so that reading documents that need no OCR never starts tesseract. */
    private Optional<String> unavailable;

    private Optional<String> check() {
        try {
            parser.setPreloadLangs(true);
            parser.initialize(Map.of());
            if (!parser.hasTesseract()) {
                return Optional.of("tesseract is not installed (Debian packages " + PACKAGES + ")");
            }
        } catch (TikaException | RuntimeException e) {
            return Optional.of("tesseract could not be started (" + e.getMessage() + "; Debian packages "
                    + PACKAGES + ")");
        }
        if (!parser.getLangs().contains(LANGUAGE)) {
            return Optional.of("tesseract has no " + LANGUAGE + " model (Debian package tesseract-ocr-chi-sim)");
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<String> unavailable() {
        if (unavailable == null) {
            unavailable = check();
        }
        return unavailable;
    }

    @Override
    public String name() {
        return "tesseract";
    }

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public List<String> lines(BufferedImage page) throws IOException {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(LANGUAGE);
        config.setPageSegMode("1");
        config.setTimeoutSeconds(TIMEOUT_SECONDS);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        // as a PNG stream: the parser's parse(java.awt.Image, …) returns no text with Tika 3.3.1
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(page, "png", png)) {
            throw new IOException("no PNG writer for the rendered page");
        }
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(png.toByteArray())) {
            parser.parse(in, text, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new IOException("tesseract failed: " + e.getMessage(), e);
        }
        return Arrays.stream(text.toString().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
