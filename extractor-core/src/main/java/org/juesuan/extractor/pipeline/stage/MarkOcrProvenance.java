package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.pipeline.OcrProvenance;
import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;

import java.util.Set;

/** provenance.ocr on every fact read from a page whose text came from OCR. */
public final class MarkOcrProvenance implements Stage {
    @Override
    public String name() {
        return "ocr-provenance";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.RAW_DOCUMENT, ReportPart.IDENTITY_FACTS, ReportPart.TABLE_FACTS,
                ReportPart.NARRATIVE_FACTS, ReportPart.PERFORMANCE_FACTS);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.OCR_PROVENANCE);
    }

    @Override
    public void annotate(ReportInProgress report) {
        report.replaceFacts(facts -> OcrProvenance.mark(facts, report.raw().ocr()));
    }
}
