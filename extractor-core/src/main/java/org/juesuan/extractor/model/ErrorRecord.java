package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The output for an input that could not be read: written in place of its report. {@code limits} is set when the
 * outcome depends on the batch's limits (a timeout, a worker out of memory), so that a later run with other
 * limits redoes it; null (and not written) otherwise.
 */
public record ErrorRecord(String schemaVersion, SourceInfo source, ExtractionError error,
                          @JsonInclude(JsonInclude.Include.NON_NULL) RunLimits limits) {
    public ErrorRecord(String schemaVersion, SourceInfo source, ExtractionError error) {
        this(schemaVersion, source, error, null);
    }
}
