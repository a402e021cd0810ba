package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;
import org.juesuan.extractor.read.ReadException;
import org.juesuan.extractor.read.Readers;

import java.util.Set;

/** The format's reader: paragraphs and tables as read (and OCR for the pages that need it). */
public final class ReadDocument implements Stage {
    private final Readers readers;

    public ReadDocument(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String name() {
        return "read";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.INPUT, ReportPart.FORMAT);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.RAW_DOCUMENT);
    }

    @Override
    public void annotate(ReportInProgress report) throws ReadException {
        report.raw(readers.readerFor(report.format()).read(report.content(), report.fileName()));
    }
}
