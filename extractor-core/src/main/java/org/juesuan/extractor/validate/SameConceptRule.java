package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code same.concept.differs}: one key+code stated twice in a report with values that cannot be the same figure
 * rounded twice (003: 一般公共预算财政拨款支出 7,349.61万元 and 7,349.6万元 can, so they are not reported).
 */
public final class SameConceptRule implements Rule {
    @Override
    public String id() {
        return "same.concept.differs";
    }

    @Override
    public String severity() {
        return WARNING;
    }

    @Override
    public String description() {
        return "the same key+code is stated more than once with different values";
    }

    @Override
    public String tolerance() {
        return "two statements agree when they differ by at most the sum of their half-units (7,349.61 vs 7,349.6万元 agree)";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Fact>> group : facts.groups().entrySet()) {
            List<Fact> all = group.getValue();
            if (all.size() < 2 || all.get(0).key().startsWith("report.")) {
                continue;
            }
            List<Fact> distinct = new ArrayList<>();
            for (Fact f : all) {
                boolean agrees = distinct.stream().anyMatch(d -> agree(facts, d, f));
                if (!agrees) {
                    distinct.add(f);
                }
            }
            if (distinct.size() < 2) {
                continue;
            }
            Fact first = distinct.get(0);
            String name = first.key() + (first.code() == null ? "" : "[" + first.code() + "]");
            String values = distinct.stream().map(f -> f.raw() + "（" + section(f) + "）").collect(Collectors.joining("、"));
            String valuesEn = distinct.stream().map(f -> f.raw() + " (" + section(f) + ")").collect(Collectors.joining(", "));
            findings.add(Findings.of(this,
                    name + " 在报告中出现 " + distinct.size() + " 个不同的数值：" + values,
                    name + " is stated with " + distinct.size() + " different values: " + valuesEn,
                    null, distinct));
        }
        return findings;
    }

    private static boolean agree(ReportFacts facts, Fact a, Fact b) {
        BigDecimal diff = facts.amount(a).subtract(facts.amount(b)).abs();
        return diff.compareTo(facts.half(a).add(facts.half(b))) <= 0;
    }

    private static String section(Fact f) {
        return f.provenance() == null || f.provenance().section() == null ? "section ?" : "§" + f.provenance().section();
    }
}
