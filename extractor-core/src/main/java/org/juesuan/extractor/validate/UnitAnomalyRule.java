package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code unit.anomaly}: a money figure printed in 元 among 万元 figures (seed 000: {@code 448.65元} for a 类 whose
 * share 20.93% of 2143.75万元 says 448.65万元) — reported when the figure read as 万元 fits its own share or makes a
 * sum it belongs to balance, while as printed it fits neither.
 */
public final class UnitAnomalyRule implements Rule {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Override
    public String id() {
        return "unit.anomaly";
    }

    @Override
    public String severity() {
        return WARNING;
    }

    @Override
    public String description() {
        return "a money figure off by 10⁴ (元 printed among 万元): read as 万元 it matches its share or its sum, as "
                + "printed it does not";
    }

    @Override
    public String tolerance() {
        return "those of share.matches and total.parts, for the figure as printed and as intended";
    }

    /** Each misprinted figure with the evidence (the share or sum it fits) and its intended value. */
    record Anomaly(Fact fact, BigDecimal intended, Fact evidence, String how) {
    }

    static List<Anomaly> detect(ReportFacts facts) {
        int wan = 0;
        int yuan = 0;
        for (Fact f : facts.facts()) {
            if ("yuan".equals(f.unit()) && f.raw() != null) {
                if (f.raw().contains("万")) {
                    wan++;
                } else if (f.raw().contains("元")) {
                    yuan++;
                }
            }
        }
        List<Anomaly> found = new ArrayList<>();
        if (wan < 3 || wan <= yuan) {
            return found;
        }
        for (Fact f : facts.facts()) {
            BigDecimal value = ReportFacts.number(f);
            if (!"yuan".equals(f.unit()) || value == null || value.signum() == 0 || f.raw() == null
                    || !f.raw().contains("元") || f.raw().contains("万") || f.raw().contains("亿")) {
                continue;
            }
            BigDecimal intended = value.multiply(TEN_THOUSAND);
            evidence(facts, f, intended).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Anomaly> evidence(ReportFacts facts, Fact f, BigDecimal intended) {
        Optional<Fact> share = facts.near(f.key() + ".share", f.code(), f);
        if (share.isPresent()) {
            Optional<ShareRule.Pair> pair = ShareRule.pair(facts, share.get());
            if (pair.isPresent() && pair.get().amount() == f) {
                Fact total = pair.get().total();
                BigDecimal printed = ReportFacts.number(share.get());
                BigDecimal[] asPrinted = ShareRule.expected(facts, ReportFacts.number(f), f, facts.amount(total), total,
                        share.get());
                ReportFacts trial = new ReportFacts(facts.facts());
                trial.correct(f, intended);
                BigDecimal[] asIntended = ShareRule.expected(trial, intended, f, facts.amount(total), total, share.get());
                if (asPrinted != null && asIntended != null
                        && printed.subtract(asPrinted[0]).abs().compareTo(asPrinted[1]) > 0
                        && printed.subtract(asIntended[0]).abs().compareTo(asIntended[1]) <= 0) {
                    return Optional.of(new Anomaly(f, intended, share.get(), "share"));
                }
            }
        }
        ReportFacts trial = new ReportFacts(facts.facts());
        trial.correct(f, intended);
        Function<Fact, BigDecimal> corrected = x -> x == f ? intended : ReportFacts.number(x);
        for (Sums.Relation relation : Sums.relations(facts)) {
            List<Sums.Evaluation> before = Sums.evaluate(facts, relation, ReportFacts::number);
            boolean involves = before.stream().anyMatch(e -> e.total() == f || e.parts().contains(f));
            if (!involves || Sums.firstImbalance(before).isEmpty()) {
                continue;
            }
            List<Sums.Evaluation> after = Sums.evaluate(trial, relation, corrected);
            if (after.stream().anyMatch(Sums.Evaluation::balances)) {
                Fact total = before.get(0).total();
                return Optional.of(new Anomaly(f, intended, total, "sum"));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        Map<Fact, Boolean> seen = new IdentityHashMap<>();
        for (Anomaly a : detect(new ReportFacts(facts.facts()))) {
            if (seen.put(a.fact(), true) != null) {
                continue;
            }
            Fact f = a.fact();
            String intended = Precision.wan(a.intended());
            String because = a.how().equals("share")
                    ? "其占比 " + a.evidence().raw() + " 对应约 " + intended
                    : "按万元计 " + a.evidence().key() + " " + a.evidence().raw() + " 才与各部分之和相符";
            String becauseEn = a.how().equals("share")
                    ? "its share " + a.evidence().raw() + " implies about " + intended
                    : a.evidence().key() + " " + a.evidence().raw() + " only adds up with it read as 万元";
            findings.add(Findings.of(this,
                    Findings.name(f) + " 单位疑似有误，应为 " + intended + "：" + because,
                    Findings.name(f) + " is probably in the wrong unit and meant " + intended + ": " + becauseEn,
                    a.intended(), List.of(f, a.evidence())));
        }
        return findings;
    }
}
