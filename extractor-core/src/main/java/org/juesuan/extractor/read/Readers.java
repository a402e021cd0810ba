package org.juesuan.extractor.read;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.juesuan.extractor.model.ErrorType;

import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Detects an input's format from its bytes and name (Tika's detector) and reads it with the matching reader.
 * Only Tika's detectors are built for detection, once per JVM on first use, and its container detectors only when a
 * container comes: its parsers, most of the cost of Tika's default configuration, are built only when a format read
 * through Tika comes ({@link TikaParsing}).
 */
public final class Readers {
    /** The formats whose files Tika's type database recognizes without the container detectors. */
    private static final Set<DocumentFormat> SETTLED_BY_TYPE_DATABASE =
            EnumSet.of(DocumentFormat.PDF, DocumentFormat.TXT, DocumentFormat.HTML);

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
        String mediaType;
        try {
            mediaType = mediaType(content, fileName);
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
     * What Tika's default detector says, in two steps. Tika's type database (magic bytes, file-name patterns) settles
     * a PDF, a text or an HTML file by itself; only a zip or OLE2 container (.docx, .xlsx, .doc, .xls, an encrypted
     * Office file) needs the container detectors, whose set-up loads much of POI and commons-compress. The default
     * detector runs them all and keeps the most specific answer, which for those three formats is the database's.
     */
    private static String mediaType(byte[] content, String fileName) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            String byTypes = TypeDatabase.TYPES.detect(in, named(fileName)).toString();
            if (DocumentFormat.forMediaType(byTypes).filter(SETTLED_BY_TYPE_DATABASE::contains).isPresent()) {
                return byTypes;
            }
            return Containers.DETECTOR.detect(in, named(fileName)).toString();
        }
    }

    private static Metadata named(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return metadata;
    }

    /**
     * Loads Tika's type database now (a few hundred milliseconds in a new JVM), so that a process can do it on a
     * spare core while it waits for its first file. The container detectors are still made when a container comes.
     */
    public static void prepareDetection() {
        Objects.requireNonNull(TypeDatabase.TYPES);
    }

    public DocumentReader readerFor(DocumentFormat format) {
        return readers.get(format);
    }

    /** Detects the format and reads the content with its reader. */
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        return readerFor(detect(content, fileName)).read(content, fileName);
    }

    /** Holder: Tika's type database, loaded on first detection. */
    private static final class TypeDatabase {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    }

    /** Holder: Tika's default detector (the type database and the container detectors), made when a container comes. */
    private static final class Containers {
        static final Detector DETECTOR = new DefaultDetector(TypeDatabase.TYPES);
    }
}
