package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.extract.narrative.IdentityFacts;
import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportInProgress.FactOrigin;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;

import java.util.Set;

/** report.department / fiscalYear / kind as facts, at the characters they were read from. */
public final class ExtractIdentityFacts implements Stage {
    @Override
    public String name() {
        return "identity-facts";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.NORMALIZED_TEXT, ReportPart.IDENTITY);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.IDENTITY_FACTS);
    }

    @Override
    public void annotate(ReportInProgress report) {
        report.addFacts(FactOrigin.IDENTITY, IdentityFacts.of(report.segmentation().report(),
                report.segmentation().identityPlaces(), report.normalized().text(), report.normalized().blocks()));
    }
}
