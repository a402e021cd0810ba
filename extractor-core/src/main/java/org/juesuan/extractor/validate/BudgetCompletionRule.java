package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code budget.completion}: a printed completion rate (完成预算x%) equals the figure ÷ its stated budget. */
public final class BudgetCompletionRule implements Rule {
    @Override
    public String id() {
        return "budget.completion";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return ".budgetCompletion = value ÷ .budget × 100 where both are stated";
    }

    @Override
    public String tolerance() {
        return "half the rate's last printed digit plus the effect of the value's and budget's rounding on the quotient";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Fact rate : facts.facts()) {
            if (!rate.key().endsWith(".budgetCompletion") || ReportFacts.number(rate) == null) {
                continue;
            }
            String base = rate.key().substring(0, rate.key().length() - ".budgetCompletion".length());
            Optional<Fact> budget = facts.near(base + ".budget", rate.code(), rate);
            Optional<Fact> value = facts.near(base, rate.code(), rate);
            if (budget.isEmpty() || value.isEmpty()) {
                continue;
            }
            BigDecimal b = facts.amount(budget.get());
            BigDecimal v = facts.amount(value.get());
            if (b.signum() <= 0 || facts.half(budget.get()).compareTo(b) >= 0) {
                continue;
            }
            MathContext mc = MathContext.DECIMAL64;
            BigDecimal expected = v.multiply(ShareRule.HUNDRED).divide(b, mc);
            BigDecimal tolerance = facts.half(rate)
                    .add(facts.half(value.get()).multiply(ShareRule.HUNDRED).divide(b, mc))
                    .add(v.abs().multiply(facts.half(budget.get())).multiply(ShareRule.HUNDRED).divide(b.multiply(b), mc));
            if (expected.subtract(ReportFacts.number(rate)).abs().compareTo(tolerance) > 0) {
                String exp = Precision.format(expected, rate);
                findings.add(Findings.of(this,
                        Findings.name(rate) + " 与 " + value.get().raw() + " ÷ 预算 " + budget.get().raw() + " = " + exp + " 不符",
                        Findings.name(rate) + " is not " + value.get().raw() + " ÷ budget " + budget.get().raw() + " = " + exp,
                        expected, List.of(rate, value.get(), budget.get())));
            }
        }
        return findings;
    }
}
