package org.juesuan.extractor.model;

/**
 * The input file a report or error record was made from. {@code path} is the file as it was named to the
 * tool; {@code format} is null when it could not be told; {@code pages} is null for formats without pages.
 */
public record SourceInfo(String fileName, String path, String format, String sha256, long bytes, Integer pages) {
    public SourceInfo withFormat(String newFormat, Integer newPages) {
        return new SourceInfo(fileName, path, newFormat, sha256, bytes, newPages);
    }
}
