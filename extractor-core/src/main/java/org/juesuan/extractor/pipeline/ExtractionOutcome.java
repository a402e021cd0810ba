package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.SourceInfo;

/** What one input became: a report, or an error record saying why not. Never both, never neither. */
public sealed interface ExtractionOutcome {
    SourceInfo source();

    Object record();

    record Success(ReportDocument report) implements ExtractionOutcome {
        @Override
        public SourceInfo source() {
            return report.source();
        }

        @Override
        public Object record() {
            return report;
        }
    }

    record Failure(ErrorRecord error) implements ExtractionOutcome {
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
