package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.Provenance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on small hand-made fact lists: where it fires, where its tolerance keeps it quiet. */
class RulesTest {
    private final List<Fact> facts = new ArrayList<>();

    private RulesTest money(String key, String code, String wan) {
        BigDecimal yuan = new BigDecimal(wan.replace(",", "")).multiply(BigDecimal.valueOf(10_000));
        return add(key, code, yuan, "yuan", wan + "万元");
    }

    private RulesTest percent(String key, String code, String value) {
        return add(key, code, new BigDecimal(value), "percent", value.replace("-", "") + "%");
    }

    private RulesTest add(String key, String code, Object value, String unit, String raw) {
        int at = facts.size() * 10;
        facts.add(new Fact(key, code, null, value, unit, raw, "narrative",
                new Provenance("2.1", at, at + raw.length(), null, "…" + raw + "…")));
        return this;
    }

    private List<String> run(Rule rule) {
        ReportFacts view = new ReportFacts(facts);
        return rule.check(view).stream().map(f -> f.rule() + " " + f.severity() + " " + f.facts().get(0).key()).toList();
    }

    @Test
    void sumsAllowHalfAUnitPerFigure() {
        money("threePublic.total", null, "50.79").money("threePublic.outbound", null, "0")
                .money("threePublic.vehicle", null, "49.65").money("threePublic.reception", null, "1.14");
        assertEquals(List.of(), run(new TotalPartsRule()));
        facts.clear();
        // 874.5 vs 782.99 + 91.5 = 874.49: within 3 × 50 yuan
        money("expenditure.total", null, "874.5").money("expenditure.basic", null, "782.99")
                .money("expenditure.project", null, "91.5");
        assertEquals(List.of(), run(new TotalPartsRule()));
        facts.clear();
        money("expenditure.total", null, "874.5").money("expenditure.basic", null, "782.99")
                .money("expenditure.project", null, "91.3");
        assertEquals(List.of("total.parts error expenditure.total"), run(new TotalPartsRule()));
    }

    @Test
    void incomeMayOrMayNotIncludeTheCarryover() {
        money("income.total", null, "2149.94").money("income.gpbAppropriation", null, "2099.36")
                .money("income.other", null, "11.09").money("income.carryoverBegin", null, "39.49");
        assertEquals(List.of(), run(new TotalPartsRule()));
        facts.clear();
        money("income.total", null, "2110.45").money("income.gpbAppropriation", null, "2099.36")
                .money("income.other", null, "11.09").money("income.carryoverBegin", null, "39.49");
        assertEquals(List.of(), run(new TotalPartsRule()));
        facts.clear();
        money("income.total", null, "2120").money("income.gpbAppropriation", null, "2099.36")
                .money("income.other", null, "11.09").money("income.carryoverBegin", null, "39.49");
        assertEquals(List.of("total.parts error income.total"), run(new TotalPartsRule()));
    }

    @Test
    void aSingleStatedPartIsNotChecked() {
        money("income.total", null, "100").money("income.gpbAppropriation", null, "90");
        assertEquals(List.of(), run(new TotalPartsRule()));
    }

    @Test
    void sharesAcceptRoundingAndTruncationButNotMore() {
        money("income.total", null, "2149.94").money("income.other", null, "11.09").percent("income.other.share", null, "0.51");
        assertEquals(List.of(), run(new ShareRule()), "0.5158% truncated to 0.51%");
        facts.clear();
        money("income.total", null, "2149.94").money("income.other", null, "11.09").percent("income.other.share", null, "0.53");
        assertEquals(List.of("share.matches error income.other.share"), run(new ShareRule()));
    }

    @Test
    void changesAndRates() {
        money("total.income", null, "2155.89").money("total.income.previousYear", null, "2286.2")
                .money("total.income.change", null, "-130.31").percent("total.income.changeRate", null, "-5.69");
        assertEquals(List.of(), run(new ChangeRule()), "5.6998% printed 5.69%");
        facts.clear();
        money("total.income", null, "2155.89").money("total.income.previousYear", null, "2286.2")
                .money("total.income.change", null, "130.31").percent("total.income.changeRate", null, "5.69");
        assertEquals(List.of("change.matches error total.income.change"),
                run(new ChangeRule()), "增加 where the figures say 减少 (the rate agrees with the change, so only the change fires)");
        facts.clear();
        money("x", null, "10").money("x.change", null, "-2").percent("x.changeRate", null, "16.67");
        assertEquals(List.of("change.matches error x.changeRate"), run(new ChangeRule()), "opposite directions");
        facts.clear();
        money("x", null, "307.82").money("x.change", null, "307.82").percent("x.changeRate", null, "100");
        assertEquals(List.of(), run(new ChangeRule()), "growth from nothing is printed as 100%");
    }

    @Test
    void budgetCompletion() {
        money("gpb.expenditure.budget", null, "2993.92").money("gpb.expenditure", null, "2940.05")
                .percent("gpb.expenditure.budgetCompletion", null, "98.2");
        assertEquals(List.of(), run(new BudgetCompletionRule()));
        facts.clear();
        money("gpb.expenditure.budget", null, "2993.92").money("gpb.expenditure", null, "2940.05")
                .percent("gpb.expenditure.budgetCompletion", null, "100");
        assertEquals(List.of("budget.completion error gpb.expenditure.budgetCompletion"), run(new BudgetCompletionRule()));
    }

    @Test
    void sameConceptComparesAtThePrintedPrecisionAndCountsExactly() {
        money("gpb.expenditure", null, "7,349.61").money("gpb.expenditure", null, "7,349.6");
        assertEquals(List.of(), run(new SameConceptRule()));
        add("assets.vehicles", null, 7, "count", "7辆").add("assets.vehicles", null, 6, "count", "6辆");
        assertEquals(List.of("same.concept.differs warning assets.vehicles"), run(new SameConceptRule()));
    }

    @Test
    void subsetsAndUnknownCodes() {
        money("expenditure.total", null, "100.00").money("gpb.expenditure", null, "100.50");
        assertEquals(List.of("gpb.subset error gpb.expenditure"), run(new GpbSubsetRule()));
        facts.clear();
        money("gpb.item", "2010101", "5").money("gpb.item", "2019876", "5");
        assertEquals(List.of("code.known warning gpb.item"), run(new CodeKnownRule()));
    }

    @Test
    void templateResidue() {
        facts.add(new Fact("threePublic.outbound.change", null, null, BigDecimal.ZERO, "yuan", "0万元", "narrative",
                new Provenance("2.7", 5, 9, null, "比202 年度增加/减少0万元")));
        List<Finding> findings = new TemplateResidueRule().check(new ReportFacts(facts));
        assertEquals(2, findings.size());
        assertTrue(findings.get(0).message().contains("202 年"));
        assertTrue(findings.get(1).message().contains("增加/减少"));
    }

    /** A table cell as the table reader gives it: raw without unit, value in yuan from 万元. */
    private RulesTest cell(String key, String code, String wan) {
        BigDecimal yuan = new BigDecimal(wan.replace(",", "")).movePointRight(4);
        int at = facts.size() * 10;
        facts.add(new Fact(key, code, null, yuan, "yuan", wan, "table",
                new Provenance("2.5", at, at + wan.length(), 15, wan)));
        return this;
    }

    @Test
    void tableSumsAllowTheRoundingOfEachRowAndCatchAChangedCell() {
        // 财政局's 一般公共预算财政拨款支出决算表: the 类 rows add to 2,940.06 against a printed 合计 of 2,940.05
        cell("table.gpbExpenditure.total", null, "2,940.05").cell("table.gpbExpenditure.total", "201", "2,106.66")
                .cell("table.gpbExpenditure.total", "208", "326.72").cell("table.gpbExpenditure.total", "210", "60.99")
                .cell("table.gpbExpenditure.total", "221", "445.69");
        assertEquals(List.of(), run(new TableSumsRule()));
        facts.set(2, new Fact("table.gpbExpenditure.total", "208", null, new BigDecimal("3367200"), "yuan", "336.72",
                "table", facts.get(2).provenance()));
        assertEquals(List.of("table.sums error table.gpbExpenditure.total"), run(new TableSumsRule()));
    }

    @Test
    void tableSumsCheckARowAcrossItsColumnsAndAKuanAgainstItsItems() {
        cell("table.expenditure.total", "2010601", "1,511.89").cell("table.expenditure.basic", "2010601", "1,503.52")
                .cell("table.expenditure.project", "2010601", "8.37");
        assertEquals(List.of(), run(new TableSumsRule()));
        cell("table.expenditure.total", "20106", "1,521.89");
        assertEquals(List.of("table.sums error table.expenditure.total"), run(new TableSumsRule()),
                "the 款 is 10.00 more than its only 项");
    }

    @Test
    void theNarrativeMustAgreeWithTheTableForTheSameCode() {
        money("gpb.item", "2010601", "1511.89").cell("table.gpbExpenditure.total", "2010601", "1,511.89")
                .money("gpb.basic", null, "5377.64").cell("table.gpbExpenditure.basic", null, "5,364.75");
        assertEquals(List.of("table.narrative error gpb.basic"), run(new TableNarrativeRule()));
    }
}
