package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.extract.narrative.PerformanceTables;
import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportInProgress.FactOrigin;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;

import java.util.Set;

/** performance.project.* facts from the 项目绩效 tables (Sichuan's attached self-evaluations). */
public final class ExtractPerformanceTables implements Stage {
    private final PerformanceTables performanceTables = new PerformanceTables();

    @Override
    public String name() {
        return "performance-tables";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.NORMALIZED_TEXT, ReportPart.SECTIONS, ReportPart.IDENTITY);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.PERFORMANCE_FACTS);
    }

    @Override
    public void annotate(ReportInProgress report) {
        if (report.figuresAreFacts()) {
            report.addFacts(FactOrigin.PERFORMANCE_TABLES, performanceTables.extract(report.normalized().text(),
                    report.normalized().blocks(), report.segmentation().sections()));
        }
    }
}
