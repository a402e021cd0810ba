package org.juesuan.extractor.read.ocr;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
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
 * {@code tesseract} program on a temporary image file). Page segmentation mode 4 (one column of lines): a report's
 * page is one column, and the automatic modes split its lines into blocks and scramble the reading order. When the
 * text read looks like noise ({@link #looksTurned}: a page scanned sideways), Tesseract's orientation
 * detection (mode 0) says how far the page is turned, and the page is read again turned upright. Needs the Debian packages
 * {@code tesseract-ocr} and {@code tesseract-ocr-chi-sim}; without them {@link #unavailable()} names what is missing.
 */
public final class TesseractOcrEngine implements OcrEngine {
    public static final String LANGUAGE = "chi_sim";
    static final String PACKAGES = "tesseract-ocr, tesseract-ocr-chi-sim";
    /** Per page; a page that takes longer is left unread rather than holding the input until its time limit. */
    private static final int TIMEOUT_SECONDS = 120;
    /** Average characters per line below which a page is taken as read sideways. */
    private static final int SHORT_LINE = 6;

    /** Where tesseract is, as Tika's {@code tesseractPath}: empty for the PATH. */
    private final String directory;
    /**
     * Made with the check, on first use: Tika's parser starts tesseract as soon as it is constructed, and reading
     * documents that need no OCR should never start it.
     */
    private TesseractOCRParser parser;
    private Optional<String> unavailable;

    /** The {@code tesseract} on the PATH. */
    public TesseractOcrEngine() {
        this("");
    }

    /** The {@code tesseract} in {@code directory} (ending in a separator), as Tika's {@code tesseractPath}. */
    public TesseractOcrEngine(String directory) {
        this.directory = directory;
    }

    private Optional<String> check() {
        try {
            parser = new TesseractOCRParser();
            parser.setTesseractPath(directory);
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
        Metadata metadata = new Metadata();
        String text = run(page, "4", metadata);
        if (looksTurned(text)) {
            Metadata osd = new Metadata();
            run(page, "0", osd);
            Integer rotate = osd.getInt(TesseractOCRParser.PSM0_ROTATE);
            if (rotate != null && rotate % 360 != 0) {
                text = run(PageRotation.rotate(page, rotate), "4", new Metadata());
            }
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public List<OcrLine> wordLines(BufferedImage page) throws IOException {
        HocrWords words = new HocrWords();
        parse(page, "4", TesseractOCRConfig.OUTPUT_TYPE.HOCR, new Metadata(), words);
        return words.lines();
    }

    /**
     * A page read in the wrong orientation gives noise: characters outside the usual set, or lines of a character or
     * two (the columns of a sideways page), where a report's lines hold 20 or more.
     */
    private static boolean looksTurned(String text) {
        if (TextLayerCheck.check(text).isPresent()) {
            return true;
        }
        String[] lines = text.strip().split("\\R+");
        long characters = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return characters < (long) SHORT_LINE * lines.length;
    }

    private String run(BufferedImage page, String pageSegMode, Metadata metadata) throws IOException {
        BodyContentHandler text = new BodyContentHandler(-1);
        parse(page, pageSegMode, TesseractOCRConfig.OUTPUT_TYPE.TXT, metadata, text);
        return text.toString();
    }

    private void parse(BufferedImage page, String pageSegMode, TesseractOCRConfig.OUTPUT_TYPE output,
                       Metadata metadata, ContentHandler handler) throws IOException {
        Optional<String> missing = unavailable();
        if (missing.isPresent()) {
            throw new IOException(missing.get());
        }
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(LANGUAGE);
        config.setPageSegMode(pageSegMode);
        config.setOutputType(output);
        config.setTimeoutSeconds(TIMEOUT_SECONDS);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        // as a PNG stream: the parser's parse(java.awt.Image, …) returns no text with Tika 3.3.1
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(page, "png", png)) {
            throw new IOException("no PNG writer for the rendered page");
        }
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        try (TikaInputStream in = TikaInputStream.get(png.toByteArray())) {
            parser.parse(in, handler, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new IOException("tesseract failed: " + e.getMessage(), e);
        }
    }
}
