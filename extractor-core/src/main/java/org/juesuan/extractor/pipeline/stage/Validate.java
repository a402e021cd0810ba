package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;
import org.juesuan.extractor.validate.Validator;

import java.util.Set;

/** The rule catalogue (docs/validation.md) over the facts: the findings. A blank template is not checked. */
public final class Validate implements Stage {
    private final Validator validator;

    public Validate(Validator validator) {
        this.validator = validator;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.UNIT_CORRECTIONS);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.FINDINGS);
    }

    @Override
    public void annotate(ReportInProgress report) {
        if (report.validated()) {
            report.findings(validator.check(report.checkedFacts()));
        }
    }
}
