package org.juesuan.extractor.model;

/** Why an input could not be turned into a report. {@code type} is one of {@link ErrorType}'s ids. */
public record ExtractionError(String type, String message) {
}
