package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.read.ReadException;

import java.util.Set;

/**
 * One step of the pipeline (after CoreNLP's {@code Annotator}): it reads the parts of the report under construction
 * that it {@link #requires()} and adds the parts it {@link #produces()}. A stage that cannot go on for this input
 * throws {@link ReadException}, which becomes the input's error record. Stages are stateless and thread-safe.
 */
public interface Stage {
    /** The name timings and docs/architecture.md use. */
    String name();

    Set<ReportPart> requires();

    Set<ReportPart> produces();

    void annotate(ReportInProgress report) throws ReadException;
}
