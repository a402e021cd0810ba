package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.normalize.DocumentNormalizer;
import org.juesuan.extractor.normalize.NormalizedDocument;
import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;
import org.juesuan.extractor.read.ReadException;

import java.util.Set;

/** The one normalized text with its blocks and offsets; an input with no text ends here as {@code no-text}. */
public final class Normalize implements Stage {
    private final DocumentNormalizer normalizer = new DocumentNormalizer();

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.RAW_DOCUMENT);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.NORMALIZED_TEXT);
    }

    @Override
    public void annotate(ReportInProgress report) throws ReadException {
        NormalizedDocument normalized = normalizer.normalize(report.raw());
        report.normalized(normalized);
        report.source(report.source().withFormat(report.format().id(), normalized.pages()));
        if (normalized.text().isBlank()) {
            throw new ReadException(ErrorType.NO_TEXT, "the document contains no text");
        }
    }
}
