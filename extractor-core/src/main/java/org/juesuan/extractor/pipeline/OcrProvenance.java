package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.OcrSummary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Marks every fact read from a page whose text came from OCR ({@code provenance.ocr: true}). */
public final class OcrProvenance {
    private OcrProvenance() {
    }

    public static List<Fact> mark(List<Fact> facts, OcrSummary ocr) {
        if (ocr == null) {
            return facts;
        }
        Set<Integer> pages = new HashSet<>(ocr.readPages());
        if (pages.isEmpty()) {
            return facts;
        }
        return facts.stream().map(f -> f.provenance() != null && f.provenance().page() != null
                && pages.contains(f.provenance().page())
                ? new Fact(f.key(), f.code(), f.label(), f.value(), f.unit(), f.raw(), f.source(),
                f.provenance().withOcr())
                : f).toList();
    }
}
