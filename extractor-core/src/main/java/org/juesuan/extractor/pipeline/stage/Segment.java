package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;
import org.juesuan.extractor.segment.Segmenter;

import java.util.Set;

/** The section tree, and the report's identity (department, fiscal year, kind, template). */
public final class Segment implements Stage {
    private final Segmenter segmenter = new Segmenter();

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.NORMALIZED_TEXT);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.SECTIONS, ReportPart.IDENTITY);
    }

    @Override
    public void annotate(ReportInProgress report) {
        report.segmentation(segmenter.segment(report.normalized(), report.fileName()));
    }
}
