package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.SourceInfo;

/**
 * What one input became: a report, or an error record saying why not. Never both, never neither. The timings are
 * those of the pipeline's stages that ran (none when the input could not even be read from disk).
 */
public sealed interface ExtractionOutcome {
    SourceInfo source();

    Object record();

    StageTimings timings();

    record Success(ReportDocument report, StageTimings timings) implements ExtractionOutcome {
        public Success(ReportDocument report) {
            this(report, StageTimings.NONE);
        }

        @Override
        public SourceInfo source() {
            return report.source();
        }

        @Override
        public Object record() {
            return report;
        }
    }

    record Failure(ErrorRecord error, StageTimings timings) implements ExtractionOutcome {
        public Failure(ErrorRecord error) {
            this(error, StageTimings.NONE);
        }

        @Override
        public SourceInfo source() {
            return error.source();
        }

        @Override
        public Object record() {
            return error;
        }
    }
}
