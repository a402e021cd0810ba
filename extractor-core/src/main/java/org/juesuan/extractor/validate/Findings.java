package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.Provenance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds findings: the provenance list is that of the facts involved, in document order, without repeats. */
final class Findings {
    private Findings() {
    }

    static Finding of(Rule rule, String zh, String en, BigDecimal expected, List<Fact> facts) {
        return of(rule, rule.severity(), zh, en, expected, facts);
    }

    static Finding of(Rule rule, String severity, String zh, String en, BigDecimal expected, List<Fact> facts) {
        List<Fact> involved = facts.stream().filter(Objects::nonNull).distinct().toList();
        List<Provenance> places = new ArrayList<>();
        for (Fact f : involved) {
            if (f.provenance() != null && !places.contains(f.provenance())) {
                places.add(f.provenance());
            }
        }
        return new Finding(rule.id(), severity, zh, en, expected == null ? null : expected.setScale(2, java.math.RoundingMode.HALF_UP),
                involved, places);
    }

    /** How a fact is named in messages: key, code and the printed figure. */
    static String name(Fact f) {
        return f.key() + (f.code() == null ? "" : "[" + f.code() + "]") + " " + f.raw();
    }
}
