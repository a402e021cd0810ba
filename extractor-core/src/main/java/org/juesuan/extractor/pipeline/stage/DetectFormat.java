package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;
import org.juesuan.extractor.read.DocumentFormat;
import org.juesuan.extractor.read.ReadException;
import org.juesuan.extractor.read.Readers;

import java.util.Set;

/** The input's format from its content (Tika's detector), not only its extension. */
public final class DetectFormat implements Stage {
    private final Readers readers;

    public DetectFormat(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String name() {
        return "detect";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.INPUT);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.FORMAT);
    }

    @Override
    public void annotate(ReportInProgress report) throws ReadException {
        DocumentFormat format = readers.detect(report.content(), report.fileName());
        report.format(format);
        report.source(report.source().withFormat(format.id(), null));
    }
}
