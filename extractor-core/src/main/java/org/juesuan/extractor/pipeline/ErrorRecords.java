package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.ExtractionError;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.RunLimits;
import org.juesuan.extractor.model.SourceInfo;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Error records for failures that happen outside the pipeline itself (a worker that timed out, ran out of memory or died). */
public final class ErrorRecords {
    private ErrorRecords() {
    }

    public static ErrorRecord forFile(Path file, String sha256, ErrorType type, String message) {
        return forFile(file, sha256, type, message, null);
    }

    /** An error record for {@code file}; {@code limits} when the outcome depends on them (see {@link ErrorRecord}). */
    public static ErrorRecord forFile(Path file, String sha256, ErrorType type, String message, RunLimits limits) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0;
        }
        return new ErrorRecord(ReportDocument.SCHEMA_VERSION, source(file, sha256, bytes),
                new ExtractionError(type.id(), message), limits);
    }

    /**
     * What a report's {@code source} says about a file before it is read: its name, its path (absolute and
     * normalized, the one convention of every record) and the extension as its format.
     */
    public static SourceInfo source(Path file, String sha256, long bytes) {
        String name = file.getFileName().toString();
        return new SourceInfo(name, path(file), extension(name), sha256, bytes, null);
    }

    /** The {@code source.path} of a file: absolute and normalized. */
    public static String path(Path file) {
        return file.toAbsolutePath().normalize().toString();
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

    /**
     * Why a file operation failed, in words and on one line: {@code Permission denied}, {@code No such file or
     * directory}, {@code Read-only file system}… (Java's file-system exceptions carry only the path as message).
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return oneLine(fs.getReason());
            }
            if (e instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            if (e instanceof AccessDeniedException) {
                return "Permission denied";
            }
            return e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    /** {@code file: reason} for a file-system error, e.g. {@code /data/out: Read-only file system}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason(e);
        }
        return reason(e);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
