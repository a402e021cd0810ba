package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.ExtractionError;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.SourceInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Error records for failures that happen outside the pipeline itself (a worker that timed out, ran out of memory or died). */
public final class ErrorRecords {
    private ErrorRecords() {
    }

    public static ErrorRecord forFile(Path file, String sha256, ErrorType type, String message) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0;
        }
        return of(file.getFileName().toString(), file.toString(), sha256, bytes, type, message);
    }

    /** The error record of an input known by name and path (any file system's), e.g. on a Spark executor. */
    public static ErrorRecord of(String fileName, String path, String sha256, long bytes, ErrorType type,
                                 String message) {
        SourceInfo source = new SourceInfo(fileName, path, extension(fileName), sha256, bytes, null);
        return new ErrorRecord(ReportDocument.SCHEMA_VERSION, source, new ExtractionError(type.id(), message));
    }

    /** The lower-case extension of a file name, or null when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}
