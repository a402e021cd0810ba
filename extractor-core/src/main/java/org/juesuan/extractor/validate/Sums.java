package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.FactKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The totals the reports state with their parts, and how one such sum is checked. */
final class Sums {
    private Sums() {
    }

    /**
     * A total and its parts. {@code optional} parts may or may not be included in the total (年初结转和结余 in
     * 本年收入合计); the sum balances if it does with or without them. {@code minParts}: how many parts must be stated
     * for the check to run (a report that states one part among several may have left the others out).
     */
    record Relation(String totalKey, String totalCode, List<String> parts, String partCodePrefix, List<String> optional,
                    int minParts, boolean requireAll) {
        String label() {
            return totalKey + (totalCode == null ? "" : "[" + totalCode + "]");
        }
    }

    /** One evaluated sum. */
    record Evaluation(Relation relation, Fact total, List<Fact> parts, List<Fact> optionalParts, BigDecimal sum,
                      BigDecimal sumWithOptional, BigDecimal tolerance, BigDecimal toleranceWithOptional,
                      boolean balances) {
    }

    /**
     * The fixed relations (their parts from the {@link FactKey} catalogue), plus gpb.expenditure = Σ gpb.class and
     * gpb.class = Σ gpb.item per class.
     */
    static List<Relation> relations(ReportFacts facts) {
        List<Relation> list = new ArrayList<>();
        list.add(fixed("income.total", 2, false));
        list.add(fixed("expenditure.total", 2, false));
        list.add(fixed("gpb.basic", 2, true));
        list.add(fixed("threePublic.total", 2, false));
        list.add(fixed("threePublic.vehicle", 2, true));
        list.add(fixed("procurement.total", 2, false));
        list.add(new Relation("gpb.expenditure", null, List.of("gpb.class"), "", List.of(), 2, false));
        for (String classCode : codes(facts, "gpb.class")) {
            list.add(new Relation("gpb.class", classCode, List.of("gpb.item"), classCode, List.of(), 1, false));
        }
        if (facts.allOfKey("gpb.class").isEmpty()) {
            list.add(new Relation("gpb.expenditure", null, List.of("gpb.item"), "", List.of(), 2, false));
        }
        return list;
    }

    private static Relation fixed(String total, int minParts, boolean requireAll) {
        return new Relation(total, null, FactKey.partsOf(total, false), null, FactKey.partsOf(total, true), minParts,
                requireAll);
    }

    private static List<String> codes(ReportFacts facts, String key) {
        return facts.allOfKey(key).stream().map(Fact::code).filter(c -> c != null).distinct().toList();
    }

    /** Evaluates the relation for each distinct stated value of its total; empty when it cannot be checked. */
    static List<Evaluation> evaluate(ReportFacts facts, Relation relation, Function<Fact, BigDecimal> valuation) {
        List<Evaluation> out = new ArrayList<>();
        List<BigDecimal> seen = new ArrayList<>();
        for (Fact total : facts.all(relation.totalKey(), relation.totalCode())) {
            BigDecimal totalValue = valuation.apply(total);
            if (seen.stream().anyMatch(v -> v.compareTo(totalValue) == 0)) {
                continue;
            }
            seen.add(totalValue);
            List<Fact> parts = parts(facts, relation, total);
            int required = relation.requireAll() ? relation.parts().size() : relation.minParts();
            if (parts.size() < required) {
                continue;
            }
            List<Fact> optional = new ArrayList<>();
            for (String key : relation.optional()) {
                facts.near(key, null, total).ifPresent(optional::add);
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = facts.half(total);
            for (Fact p : parts) {
                sum = sum.add(valuation.apply(p));
                tolerance = tolerance.add(facts.half(p));
            }
            BigDecimal withOptional = sum;
            BigDecimal toleranceWith = tolerance;
            for (Fact p : optional) {
                withOptional = withOptional.add(valuation.apply(p));
                toleranceWith = toleranceWith.add(facts.half(p));
            }
            boolean balances = sum.subtract(totalValue).abs().compareTo(tolerance) <= 0
                    || (!optional.isEmpty() && withOptional.subtract(totalValue).abs().compareTo(toleranceWith) <= 0);
            out.add(new Evaluation(relation, total, parts, optional, sum, withOptional, tolerance, toleranceWith, balances));
        }
        return out;
    }

    /** The parts that go with {@code total}: per part key (and code, for per-code parts) the statement nearest to it. */
    static List<Fact> parts(ReportFacts facts, Relation relation, Fact total) {
        List<Fact> parts = new ArrayList<>();
        for (String key : relation.parts()) {
            if (relation.partCodePrefix() == null) {
                facts.near(key, null, total).ifPresent(parts::add);
            } else {
                Map<String, Fact> perCode = new LinkedHashMap<>();
                for (Fact f : facts.allOfKey(key)) {
                    if (f.code() != null && f.code().startsWith(relation.partCodePrefix())) {
                        perCode.computeIfAbsent(f.code(), c -> facts.near(key, c, total).orElse(f));
                    }
                }
                parts.addAll(perCode.values());
            }
        }
        return parts;
    }

    static Optional<Evaluation> firstImbalance(List<Evaluation> evaluations) {
        if (evaluations.isEmpty() || evaluations.stream().anyMatch(Evaluation::balances)) {
            return Optional.empty();
        }
        return Optional.of(evaluations.get(0));
    }
}
