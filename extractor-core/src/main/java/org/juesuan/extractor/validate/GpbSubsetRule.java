package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code gpb.subset}: 一般公共预算财政拨款 spending is part of all spending, so gpb.expenditure ≤ expenditure.total
 * and gpb.basic ≤ expenditure.basic; and all appropriation spending is within the 财政拨款收入支出总计, so
 * gpb.expenditure ≤ appropriation.total (sh-财政局 prints that 总计 as 0.3万元).
 */
public final class GpbSubsetRule implements Rule {
    @Override
    public String id() {
        return "gpb.subset";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return "the 一般公共预算财政拨款 part cannot exceed the whole: gpb.expenditure ≤ expenditure.total, "
                + "gpb.expenditure ≤ appropriation.total, gpb.basic ≤ expenditure.basic";
    }

    @Override
    public String tolerance() {
        return "half a printed unit of each of the two figures";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        compare(facts, "gpb.expenditure", "expenditure.total", "一般公共预算财政拨款支出", "本年支出合计", findings);
        compare(facts, "gpb.expenditure", "appropriation.total", "一般公共预算财政拨款支出", "财政拨款收入支出总计", findings);
        compare(facts, "gpb.basic", "expenditure.basic", "一般公共预算财政拨款基本支出", "基本支出", findings);
        return findings;
    }

    private void compare(ReportFacts facts, String partKey, String wholeKey, String partZh, String wholeZh,
                         List<Finding> findings) {
        for (Fact whole : facts.all(wholeKey, null)) {
            Optional<Fact> part = facts.near(partKey, null, whole);
            if (part.isEmpty()) {
                continue;
            }
            BigDecimal excess = facts.amount(part.get()).subtract(facts.amount(whole));
            if (excess.compareTo(facts.half(part.get()).add(facts.half(whole))) > 0) {
                findings.add(Findings.of(this,
                        partZh + " " + part.get().raw() + " 大于" + wholeZh + " " + whole.raw(),
                        partKey + " " + part.get().raw() + " exceeds " + wholeKey + " " + whole.raw(),
                        facts.amount(whole), List.of(part.get(), whole)));
            }
            return;
        }
    }
}
