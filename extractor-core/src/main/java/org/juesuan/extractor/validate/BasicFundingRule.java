package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code basic.funding}: the part of 基本支出 not paid from the 一般公共预算财政拨款 (expenditure.basic − gpb.basic)
 * must come from spending outside the three appropriations (expenditure.total − gpb.expenditure − govFund.expenditure
 * − stateCapital.expenditure). A warning, because it assumes fund-budget spending is project spending, as it is in
 * the reports seen so far. Seed 004: 基本支出 782.99 but gpb 基本支出 739 while every non-gpb 元 is 政府性基金.
 */
public final class BasicFundingRule implements Rule {
    @Override
    public String id() {
        return "basic.funding";
    }

    @Override
    public String severity() {
        return WARNING;
    }

    @Override
    public String description() {
        return "基本支出 not paid from the 一般公共预算财政拨款 (expenditure.basic − gpb.basic) fits in the spending "
                + "outside the appropriations (expenditure.total − gpb.expenditure − govFund.expenditure − "
                + "stateCapital.expenditure; unstated ones count as 0)";
    }

    @Override
    public String tolerance() {
        return "half a printed unit of each figure used";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Fact> basics = facts.all("expenditure.basic", null);
        if (basics.isEmpty()) {
            return List.of();
        }
        Fact basic = basics.get(0);
        Optional<Fact> gpbBasic = facts.near("gpb.basic", null, basic);
        Optional<Fact> total = facts.near("expenditure.total", null, basic);
        Optional<Fact> gpb = facts.near("gpb.expenditure", null, basic);
        if (gpbBasic.isEmpty() || total.isEmpty() || gpb.isEmpty()) {
            return List.of();
        }
        List<Fact> used = new ArrayList<>(List.of(basic, gpbBasic.get(), total.get(), gpb.get()));
        BigDecimal outside = facts.amount(total.get()).subtract(facts.amount(gpb.get()));
        BigDecimal tolerance = facts.half(basic).add(facts.half(gpbBasic.get())).add(facts.half(total.get()))
                .add(facts.half(gpb.get()));
        for (String key : List.of("govFund.expenditure", "stateCapital.expenditure")) {
            Optional<Fact> f = facts.near(key, null, basic);
            if (f.isPresent()) {
                outside = outside.subtract(facts.amount(f.get()));
                tolerance = tolerance.add(facts.half(f.get()));
                used.add(f.get());
            }
        }
        BigDecimal nonGpbBasic = facts.amount(basic).subtract(facts.amount(gpbBasic.get()));
        if (nonGpbBasic.subtract(outside.max(BigDecimal.ZERO)).compareTo(tolerance) <= 0) {
            return List.of();
        }
        BigDecimal expected = facts.amount(basic).subtract(outside.max(BigDecimal.ZERO));
        String zh = "基本支出 " + basic.raw() + " 中有 " + Precision.wan(nonGpbBasic) + " 不属于一般公共预算财政拨款基本支出 "
                + gpbBasic.get().raw() + "，但三项财政拨款以外的支出只有 " + Precision.wan(outside)
                + "（本年支出合计 − 一般公共预算、政府性基金、国有资本经营预算财政拨款支出）；一般公共预算财政拨款基本支出应约为 "
                + Precision.wan(expected);
        String en = "基本支出 " + basic.raw() + " includes " + Precision.wan(nonGpbBasic) + " not in the gpb basic "
                + "expenditure " + gpbBasic.get().raw() + ", but spending outside the three appropriations is only "
                + Precision.wan(outside) + "; gpb.basic should be about " + Precision.wan(expected);
        return List.of(Findings.of(this, zh, en, expected, used));
    }
}
