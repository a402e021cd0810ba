package org.juesuan.extractor.read;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.juesuan.extractor.model.ErrorType;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Detects an input's format from its bytes and name (Tika's detector) and reads it with the matching reader.
 * Only Tika's detectors are built for detection, once per JVM on first use: its parsers, most of the cost of
 * Tika's default configuration, are built only when a format read through Tika comes ({@link TikaParsing}).
 */
public final class Readers {

    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);

    public Readers() {
        readers.put(DocumentFormat.TXT, new PlainTextReader());
        readers.put(DocumentFormat.PDF, new PdfReader());
        for (DocumentFormat f : new DocumentFormat[]{DocumentFormat.DOCX, DocumentFormat.DOC, DocumentFormat.XLSX,
                DocumentFormat.XLS, DocumentFormat.HTML}) {
            readers.put(f, new TikaStructuredReader(f));
        }
    }

    /** The format of the content, or a {@link ReadException} for empty and unsupported inputs. */
    public DocumentFormat detect(byte[] content, String fileName) throws ReadException {
        if (content.length == 0) {
            throw new ReadException(ErrorType.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String mediaType;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            mediaType = Detection.DETECTOR.detect(in, metadata).toString();
        } catch (IOException e) {
            throw new ReadException(ErrorType.IO_ERROR, "could not detect the format: " + e.getMessage(), e);
        }
        if (mediaType.equals("application/x-tika-ooxml-protected")
                || mediaType.equals("application/x-tika-msoffice-encrypted")) {
            throw new ReadException(ErrorType.ENCRYPTED, "the document is password-protected (" + mediaType + ")");
        }
        return DocumentFormat.forMediaType(mediaType).orElseThrow(() -> new ReadException(
                ErrorType.UNSUPPORTED_FORMAT, "unsupported format " + mediaType
                + " (supported: .txt, .docx, .doc, .pdf, .xlsx, .xls, .html)"));
    }

    /**
     * Builds the detector now (its type database takes a few hundred milliseconds to load in a new JVM), so that a
     * process can do it on a spare core while it waits for its first file.
     */
    public static void prepareDetection() {
        Objects.requireNonNull(Detection.DETECTOR);
    }

    public DocumentReader readerFor(DocumentFormat format) {
        return readers.get(format);
    }

    /** Detects the format and reads the content with its reader. */
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        return readerFor(detect(content, fileName)).read(content, fileName);
    }

    /** Holder: the detector (MIME magic, container detectors for OLE2 and zip formats) is made on first detection. */
    private static final class Detection {
        /** What Tika's default configuration detects with, without its parsers. */
        static final Detector DETECTOR = new DefaultDetector();
    }
}
