package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;
import org.juesuan.extractor.validate.Validator;

import java.util.Set;

/**
 * The validator's view of the facts, with the figures printed in the wrong unit (448.65元 among 万元) taking their
 * intended value, so that the rules report one misprint once. The facts in the report stay as printed.
 */
public final class CorrectUnits implements Stage {
    private final Validator validator;

    public CorrectUnits(Validator validator) {
        this.validator = validator;
    }

    @Override
    public String name() {
        return "unit-correction";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.OCR_PROVENANCE);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.UNIT_CORRECTIONS);
    }

    @Override
    public void annotate(ReportInProgress report) {
        if (report.validated()) {
            report.checkedFacts(validator.correctUnits(report.facts()));
        }
    }
}
