package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.extract.narrative.NarrativeExtractor;
import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportInProgress.FactOrigin;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;

import java.util.Set;

/** The figures the 情况说明's sentences state (the 决算表's facts give the code of a 项 under an unknown name). */
public final class ExtractNarrativeFacts implements Stage {
    private final NarrativeExtractor narrative = new NarrativeExtractor();

    @Override
    public String name() {
        return "narrative-facts";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.NORMALIZED_TEXT, ReportPart.SECTIONS, ReportPart.IDENTITY, ReportPart.STATEMENT_TABLES);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.NARRATIVE_FACTS);
    }

    @Override
    public void annotate(ReportInProgress report) {
        if (report.figuresAreFacts()) {
            report.addFacts(FactOrigin.NARRATIVE, narrative.extract(report.normalized().text(),
                    report.normalized().blocks(), report.segmentation().sections(),
                    report.segmentation().report().fiscalYear(), report.statementTables().facts()));
        }
    }
}
