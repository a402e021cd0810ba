package org.juesuan.extractor.model;

/** The output for an input that could not be read: written in place of its report. */
public record ErrorRecord(String schemaVersion, SourceInfo source, ExtractionError error) {
}
