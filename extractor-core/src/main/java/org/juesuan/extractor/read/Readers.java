package org.juesuan.extractor.read;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.juesuan.extractor.model.ErrorType;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/** Detects an input's format from its bytes and name (Tika's detector) and reads it with the matching reader. */
public final class Readers {
    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

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
            mediaType = DETECTOR.detect(in, metadata).toString();
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

    public DocumentReader readerFor(DocumentFormat format) {
        return readers.get(format);
    }

    /** Detects the format and reads the content with its reader. */
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        return readerFor(detect(content, fileName)).read(content, fileName);
    }
}
