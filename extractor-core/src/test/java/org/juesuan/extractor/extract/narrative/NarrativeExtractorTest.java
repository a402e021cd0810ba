package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts attached to their meaning, on sentences of the real reports (values checked against the documents). */
class NarrativeExtractorTest {

    private static List<Fact> facts(ReportDocument report, String key) {
        return report.facts().stream().filter(f -> f.key().equals(key)).toList();
    }

    private static Fact only(ReportDocument report, String key, String code) {
        List<Fact> found = facts(report, key).stream()
                .filter(f -> code == null ? f.code() == null : code.equals(f.code())).toList();
        assertTrue(!found.isEmpty(), "no " + key + " " + code);
        return found.get(0);
    }

    private static void assertValue(String expected, Fact fact) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) fact.value()), fact.toString());
    }

    @Test
    void anEnumerationGivesOneFactPerPartWithItsShare() {
        // 001: 本年收入合计2149.94万元，其中：一般公共预算财政拨款收入2,099.36万元，占97.65%；其他收入11.09万元，占0.51%；…
        ReportDocument report = Extracted.report(RepoFiles.corpus("001_ac178a9e9dd67b94.txt"));
        assertValue("21499400", only(report, "income.total", null));
        Fact gpb = only(report, "income.gpbAppropriation", null);
        assertValue("20993600", gpb);
        assertEquals("2,099.36万元", gpb.raw());
        assertValue("97.65", only(report, "income.gpbAppropriation.share", null));
        assertValue("110900", only(report, "income.other", null));
        assertValue("0.51", only(report, "income.other.share", null));
        assertValue("16.19", only(report, "expenditure.project.share", null)); // printed 16.19*%
        assertEquals("16.19*%", only(report, "expenditure.project.share", null).raw());
    }

    @Test
    void aComparisonGivesPreviousYearAndSignedChanges() {
        // 000: 收入2155.89万元。与2020年（2286.2万元）相比，减少130.31万元，减少5.69%
        ReportDocument report = Extracted.report(RepoFiles.corpus("000_b5790c93cfb4a072.txt"));
        assertValue("21558900", only(report, "total.income", null));
        assertValue("22862000", only(report, "total.income.previousYear", null));
        assertValue("-1303100", only(report, "total.income.change", null));
        assertValue("-5.69", only(report, "total.income.changeRate", null));
        // 448.65元 among 万元 figures is kept as printed, for the validator to flag
        assertValue("448.65", only(report, "gpb.class", "208"));
    }

    @Test
    void budgetLinesResolveToSevenDigitCodesWithBudgetAndCompletion() {
        // 规划和自然资源局: 10、自然资源海洋气象等支出（类）自然资源事务（款）事业运行（项）。…年初预算为 4477.33 万元，支出决算为 4416.67 万元，完成年初预算的 98.65%
        ReportDocument report = Extracted.report(RepoFiles.corpus("sh-putuo-guihuaziyuan-2024.pdf"));
        assertValue("44166700", only(report, "gpb.item", "2200150"));
        assertValue("44773300", only(report, "gpb.item.budget", "2200150"));
        assertValue("98.65", only(report, "gpb.item.budgetCompletion", "2200150"));
        assertEquals("自然资源海洋气象等支出/自然资源事务/事业运行", only(report, "gpb.item", "2200150").label());
    }

    @Test
    void threePublicCountsAndParts() {
        // 001: 国内公务接待8批次，56人次 … 单位共有公务用车8辆
        ReportDocument report = Extracted.report(RepoFiles.corpus("001_ac178a9e9dd67b94.txt"));
        assertValue("8", only(report, "threePublic.receptionBatches", null));
        assertValue("56", only(report, "threePublic.receptionPersons", null));
        assertValue("8", only(report, "threePublic.vehicleFleet", null));
        assertValue("174600", only(report, "threePublic.vehicleOperation", null));
        assertTrue(facts(report, "threePublic.reception").stream()
                .allMatch(f -> ((BigDecimal) f.value()).compareTo(new BigDecimal("13900")) == 0),
                "外事接待支出0万元 is not the 公务接待费");
    }

    @Test
    void aDoubleComparisonOfOneTotalGoesToItsTwoSides() {
        // 002: 收、支总计各减少了60.93万元和60.75万元，分别下降7.17%和7.15%
        ReportDocument report = Extracted.report(RepoFiles.corpus("002_0e630caa3884551f.txt"));
        assertValue("-609300", only(report, "total.income.change", null));
        assertValue("-607500", only(report, "total.expenditure.change", null));
        assertValue("-7.17", only(report, "total.income.changeRate", null));
        assertValue("-7.15", only(report, "total.expenditure.changeRate", null));
        // 2020年财政预算拨款849.18万元（一般公共预算财政拨款收入814.55万元…）: the year before
        assertValue("8145500", only(report, "income.gpbAppropriation.previousYear", null));
    }

    @Test
    void aLaterClauseOfAComparisonKeepsItsSign() {
        // 规划和自然资源局: …比 2023 年度减少 0.15 万元，…，其中：…与上一年度持平；公务接待费支出决算减少 0.15 万元，下降 27.78%。
        ReportDocument report = Extracted.report(RepoFiles.corpus("sh-putuo-guihuaziyuan-2024.pdf"));
        assertValue("-1500", only(report, "threePublic.reception.change", null));
        assertValue("-27.78", only(report, "threePublic.reception.changeRate", null));
        assertValue("-1500", only(report, "threePublic.total.change", null));
    }

    @Test
    void projectPerformanceTablesGiveBudgetExecutedAndRate() {
        // 000 项目绩效目标完成情况表2: 部门预算项目名称 专委会业务费; 年度资金总额： 55 52.41 95.29%
        ReportDocument report = Extracted.report(RepoFiles.corpus("000_b5790c93cfb4a072.txt"));
        assertValue("550000", only(report, "performance.project.budget", "专委会业务费"));
        assertValue("524100", only(report, "performance.project.executed", "专委会业务费"));
        assertValue("95.29", only(report, "performance.project.rate", "专委会业务费"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5790c93cfb4a072.txt", "002_0e630caa3884551f.txt", "sh-putuo-caizhengju-2024.pdf",
            "sh-putuo-shehuigongzuobu-2024.pdf"})
    void everyFactHasProvenanceWhoseWindowHoldsItsRaw(String name) {
        ReportDocument report = Extracted.report(RepoFiles.corpus(name));
        for (Fact fact : report.facts()) {
            assertTrue(fact.provenance().text().contains(fact.raw()), fact.toString());
            assertEquals(fact.raw(), report.text().substring(fact.provenance().start(), fact.provenance().end()),
                    fact.toString());
            if (name.endsWith(".pdf")) {
                assertTrue(fact.provenance().page() != null, fact.toString());
            }
        }
    }

    @Test
    void theTemplateStatesNoFiguresAboutAnyone() {
        ReportDocument template = Extracted.report(RepoFiles.corpus("sh-bumen-juesuan-template-2024.pdf"));
        assertTrue(template.facts().stream().allMatch(f -> f.key().startsWith("report.")), template.facts().toString());
    }
}
