package org.juesuan.extractor.read;

import java.util.Locale;
import java.util.Optional;

/** The input formats the readers accept; {@link #id()} is the name used in JSON ({@code source.format}). */
public enum DocumentFormat {
    TXT("txt", "text/plain"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("doc", "application/msword"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("xls", "application/vnd.ms-excel"),
    HTML("html", "text/html");

    private final String id;
    private final String mediaType;

    DocumentFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean paged() {
        return this == PDF;
    }

    /** The format for a detected media type (parameters such as charset are ignored). */
    public static Optional<DocumentFormat> forMediaType(String mediaType) {
        String base = mediaType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        for (DocumentFormat f : values()) {
            if (f.mediaType.equals(base)) {
                return Optional.of(f);
            }
        }
        if (base.equals("application/xhtml+xml")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
