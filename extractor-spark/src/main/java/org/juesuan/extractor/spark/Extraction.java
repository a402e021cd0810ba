package org.juesuan.extractor.spark;

import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;

import java.io.Serializable;

/** The pipeline for one input's bytes: {@link ReportExtractor#extract(byte[], String, String)}, as {@code extract} runs it. */
@FunctionalInterface
public interface Extraction {
    ExtractionOutcome extract(byte[] content, String fileName, String path);

    /** Makes one extraction (one reader set) per partition on the executor; shipped to executors with the job. */
    @FunctionalInterface
    interface Factory extends Serializable {
        Extraction create();
    }

    /** The core's pipeline. */
    static Factory pipeline() {
        return () -> new ReportExtractor()::extract;
    }
}
