package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code change.matches}: a year-over-year change equals current − previous year, its rate equals change ÷ previous
 * year, and change and rate point the same way (their signs come from the direction words).
 */
public final class ChangeRule implements Rule {
    @Override
    public String id() {
        return "change.matches";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return ".change = current − .previousYear; .changeRate = .change ÷ previous year × 100 (previous year stated, "
                + "or current − change); change and rate have the same sign";
    }

    @Override
    public String tolerance() {
        return "difference: half a printed unit of each of the three figures; rate: half its last digit plus the "
                + "effect of the change's and previous year's rounding on the quotient";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Fact change : facts.facts()) {
            if (!change.key().endsWith(".change") || ReportFacts.number(change) == null) {
                continue;
            }
            String base = base(change.key(), ".change");
            Optional<Fact> current = current(facts, base, change);
            Optional<Fact> previous = facts.near(base + ".previousYear", change.code(), change);
            if (current.isPresent() && previous.isPresent()) {
                BigDecimal expected = facts.amount(current.get()).subtract(facts.amount(previous.get()));
                BigDecimal tolerance = Precision.half(current.get()).add(Precision.half(previous.get()))
                        .add(Precision.half(change));
                if (expected.subtract(ReportFacts.number(change)).abs().compareTo(tolerance) > 0) {
                    String exp = signed(expected, change);
                    findings.add(Findings.of(this,
                            Findings.name(change) + "（按方向词带符号为 " + signed(ReportFacts.number(change), change)
                                    + "）与 " + current.get().raw() + " − " + previous.get().raw() + " = " + exp + " 不符",
                            Findings.name(change) + " (signed by its direction word: "
                                    + signed(ReportFacts.number(change), change) + ") is not " + current.get().raw()
                                    + " − " + previous.get().raw() + " = " + exp,
                            expected, List.of(change, current.get(), previous.get())));
                }
            }
        }
        for (Fact rate : facts.facts()) {
            if (!rate.key().endsWith(".changeRate") || ReportFacts.number(rate) == null) {
                continue;
            }
            String base = base(rate.key(), ".changeRate");
            Optional<Fact> change = facts.near(base + ".change", rate.code(), rate);
            Optional<Fact> current = current(facts, base, rate);
            Optional<Fact> previous = facts.near(base + ".previousYear", rate.code(), rate);
            BigDecimal printed = ReportFacts.number(rate);
            if (change.isPresent() && ReportFacts.number(change.get()).signum() * printed.signum() < 0) {
                findings.add(Findings.of(this,
                        Findings.name(rate) + " 与 " + Findings.name(change.get()) + " 的增减方向相反",
                        Findings.name(rate) + " and " + Findings.name(change.get()) + " point in opposite directions",
                        printed.negate(), List.of(rate, change.get())));
                continue;
            }
            BigDecimal delta;
            BigDecimal deltaHalf;
            BigDecimal prior;
            BigDecimal priorHalf;
            List<Fact> involved = new ArrayList<>(List.of(rate));
            if (change.isPresent()) {
                delta = facts.amount(change.get());
                deltaHalf = Precision.half(change.get());
                involved.add(change.get());
                if (previous.isPresent()) {
                    prior = facts.amount(previous.get());
                    priorHalf = Precision.half(previous.get());
                    involved.add(previous.get());
                } else if (current.isPresent()) {
                    prior = facts.amount(current.get()).subtract(delta);
                    priorHalf = Precision.half(current.get()).add(deltaHalf);
                    involved.add(current.get());
                } else {
                    continue;
                }
            } else if (current.isPresent() && previous.isPresent()) {
                prior = facts.amount(previous.get());
                priorHalf = Precision.half(previous.get());
                delta = facts.amount(current.get()).subtract(prior);
                deltaHalf = Precision.half(current.get()).add(priorHalf);
                involved.add(current.get());
                involved.add(previous.get());
            } else {
                continue;
            }
            if (prior.signum() <= 0 || priorHalf.compareTo(prior) >= 0) {
                continue; // growth from nothing: reports print 100% by convention
            }
            MathContext mc = MathContext.DECIMAL64;
            BigDecimal expected = delta.multiply(ShareRule.HUNDRED).divide(prior, mc);
            BigDecimal tolerance = Precision.half(rate)
                    .add(deltaHalf.multiply(ShareRule.HUNDRED).divide(prior, mc))
                    .add(delta.abs().multiply(priorHalf).multiply(ShareRule.HUNDRED).divide(prior.multiply(prior), mc));
            if (expected.subtract(printed).abs().compareTo(tolerance) > 0) {
                String exp = Precision.format(expected, rate);
                findings.add(Findings.of(this,
                        Findings.name(rate) + "（带符号 " + printed.toPlainString() + "%）与增减额 ÷ 上年数 = "
                                + Precision.wan(delta) + " ÷ " + Precision.wan(prior) + " = " + exp + " 不符",
                        Findings.name(rate) + " (signed " + printed.toPlainString() + "%) is not change ÷ previous year = "
                                + Precision.wan(delta) + " ÷ " + Precision.wan(prior) + " = " + exp,
                        expected, involved));
            }
        }
        return findings;
    }

    private static Optional<Fact> current(ReportFacts facts, String base, Fact anchor) {
        Optional<Fact> current = facts.near(base, anchor.code(), anchor);
        if (current.isEmpty() && (base.equals("total.income") || base.equals("total.expenditure"))) {
            current = facts.near("total.incomeExpenditure", null, anchor);
        }
        return current;
    }

    private static String base(String key, String suffix) {
        return key.substring(0, key.length() - suffix.length());
    }

    private static String signed(BigDecimal value, Fact like) {
        String s = Precision.format(value.abs(), like);
        return value.signum() < 0 ? "−" + s : "+" + s;
    }
}
