package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.FactKey;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code share.matches}: a printed share (占x%) equals its amount divided by its total. */
public final class ShareRule implements Rule {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "share.matches";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return "a .share equals amount ÷ its total × 100 (income.* of income.total, expenditure.* of expenditure.total, "
                + "gpb.class of gpb.expenditure, 三公 parts of threePublic.total, procurement.sme/micro of procurement.total)";
    }

    @Override
    public String tolerance() {
        return "half the share's last printed digit (0.005 for 96.22%) plus the effect of the amount's and the total's "
                + "own rounding on the quotient";
    }

    /** The total a share is taken of, or null when the rule does not know it. */
    static String parentOf(String key) {
        return FactKey.of(key).flatMap(FactKey::shareOf).orElse(null);
    }

    /** The amount a share fact belongs to, and its total. */
    record Pair(Fact amount, Fact total) {
    }

    static Optional<Pair> pair(ReportFacts facts, Fact share) {
        String base = share.key().substring(0, share.key().length() - ".share".length());
        String parent = parentOf(base);
        if (parent == null) {
            return Optional.empty();
        }
        Optional<Fact> amount = facts.near(base, share.code(), share);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        return facts.near(parent, null, amount.get()).map(total -> new Pair(amount.get(), total));
    }

    /** amount ÷ total × 100 and its tolerance against the printed share, or null when the total is 0. */
    static BigDecimal[] expected(ReportFacts facts, BigDecimal amount, Fact amountFact, BigDecimal total, Fact totalFact, Fact share) {
        if (total.signum() <= 0) {
            return null;
        }
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal quotient = amount.multiply(HUNDRED).divide(total, mc);
        BigDecimal tolerance = facts.half(share)
                .add(facts.half(amountFact).multiply(HUNDRED).divide(total, mc))
                .add(amount.abs().multiply(facts.half(totalFact)).multiply(HUNDRED).divide(total.multiply(total), mc));
        return new BigDecimal[] {quotient, tolerance};
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Fact share : facts.facts()) {
            if (!share.key().endsWith(".share") || ReportFacts.number(share) == null) {
                continue;
            }
            Optional<Pair> pair = pair(facts, share);
            if (pair.isEmpty()) {
                continue;
            }
            Fact amount = pair.get().amount();
            Fact total = pair.get().total();
            BigDecimal[] exp = expected(facts, facts.amount(amount), amount, facts.amount(total), total, share);
            if (exp == null) {
                continue;
            }
            BigDecimal printed = ReportFacts.number(share);
            if (printed.subtract(exp[0]).abs().compareTo(exp[1]) > 0) {
                String expected = Precision.format(exp[0], share);
                String zh = Findings.name(share) + " 与 " + amount.raw() + " ÷ " + total.raw() + " = " + expected
                        + " 不符（" + amount.key() + (amount.code() == null ? "" : "[" + amount.code() + "]")
                        + " 占 " + total.key() + " 的比例）";
                String en = Findings.name(share) + " does not match " + amount.raw() + " ÷ " + total.raw() + " = "
                        + expected + " (" + amount.key() + " as a share of " + total.key() + ")";
                findings.add(Findings.of(this, zh, en, exp[0], List.of(share, amount, total)));
            }
        }
        return findings;
    }
}
