package org.juesuan.extractor.read;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.juesuan.extractor.model.ErrorType;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;

/** Runs Tika's auto-detecting parser over bytes into a SAX handler and turns its failures into {@link ReadException}s. */
final class TikaParsing {

    private TikaParsing() {
    }

    static void parse(byte[] content, String fileName, ContentHandler handler) throws ReadException {
        AutoDetectParser parser = Parsers.AUTO_DETECT; // built before the limits are set: building it resets them
        ReadLimits.apply();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, new TableSpanHtmlMapper());
        OfficeParserConfig office = new OfficeParserConfig();
        // page headers and footers repeat on every page; in spreadsheets they are print codes (&"Arial"&12&A)
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            throw new ReadException(ErrorType.EMPTY_FILE, "the file is empty (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new ReadException(ErrorType.ENCRYPTED, "the document is password-protected: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new ReadException(ErrorType.TOO_LARGE, ReadLimits.NESTING_MESSAGE, e);
        } catch (TikaException e) {
            throwIfLimit(e);
            Throwable root = rootCause(e);
            if (root instanceof EncryptedDocumentException
                    || root.getClass().getSimpleName().contains("InvalidPassword")) {
                throw new ReadException(ErrorType.ENCRYPTED, "the document is password-protected", e);
            }
            throw new ReadException(ErrorType.CORRUPT, "the file could not be parsed: " + describe(root), e);
        } catch (SAXException | IOException | RuntimeException e) {
            throwIfLimit(e);
            throw new ReadException(ErrorType.CORRUPT, "the file could not be parsed: " + describe(rootCause(e)), e);
        }
    }

    /** A failure that is one of {@link ReadLimits} (POI's zip-bomb check, the collector's nesting limit). */
    private static void throwIfLimit(Throwable e) throws ReadException {
        if (rootCause(e) instanceof ReadException limit) {
            throw limit;
        }
        ReadException zipBomb = ReadLimits.zipBomb(e);
        if (zipBomb != null) {
            throw zipBomb;
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String describe(Throwable t) {
        t = rootCause(t);
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    /**
     * Holder: Tika's full parser configuration (about 0.8 s to build) is made when the first .docx, .doc, .xls(x) or
     * .html is read, not for PDF and text, which never need it ({@link #describe} is used by every reader). It is
     * the full set, not just the parsers of those formats, because their embedded objects (images, OLE parts) are
     * parsed with it too and the output keeps what they give.
     */
    private static final class Parsers {
        static final AutoDetectParser AUTO_DETECT = new AutoDetectParser();
    }
}
