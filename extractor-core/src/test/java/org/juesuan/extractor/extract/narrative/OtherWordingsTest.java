package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wordings of other years and templates of the same 决算 family, each on a sentence as such reports print it
 * (figures illustrative, values worked out by hand from the sentence). The report around a sentence is the
 * smallest one that gives the sentence its section.
 */
class OtherWordingsTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final String DETAIL = "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n";

    private static ReportDocument report(String body) {
        String text = "上海市普陀区某某局2024年度部门决算\n第三部分 上海市普陀区某某局2024年度部门决算情况说明\n" + body;
        ExtractionOutcome outcome = EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "wording.txt", "wording.txt");
        return ((ExtractionOutcome.Success) outcome).report();
    }

    private static List<Fact> facts(ReportDocument report, String key, String code) {
        return report.facts().stream().filter(f -> f.key().equals(key) && (code == null || code.equals(f.code()))).toList();
    }

    private static Fact only(ReportDocument report, String key, String code) {
        List<Fact> found = facts(report, key, code);
        assertEquals(1, found.size(), key + " " + code + " in " + report.facts());
        return found.get(0);
    }

    private static void assertValue(String expected, Fact fact) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) fact.value()), fact.toString());
    }

    @Test
    void theAmountRightAfterTheItemChain() {
        ReportDocument report = report(DETAIL
                + "1、一般公共服务支出（类）人大事务（款）行政运行（项）52.60 万元。主要用于：保障机关正常运转的基本支出。\n");
        Fact item = only(report, "gpb.item", "2010101");
        assertValue("526000", item);
        assertEquals("52.60 万元", item.raw());
        assertEquals("一般公共服务支出/人大事务/行政运行", item.label());
    }

    @Test
    void theChainInQuotes() {
        ReportDocument report = report(DETAIL
                + "2、“教育支出（类）普通教育（款）小学教育（项）”12.08 万元，主要用于：小学教学设备购置。\n");
        assertValue("120800", only(report, "gpb.item", "2050202"));
    }

    @Test
    void theAmountInALaterSentenceWithoutWeiWithBudgetAndCompletionRate() {
        ReportDocument report = report(DETAIL
                + "3、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。"
                + "年初预算 40.00 万元，支出决算 36.15 万元，完成年初预算的 90.38%。\n");
        assertValue("361500", only(report, "gpb.item", "2080501"));
        assertValue("400000", only(report, "gpb.item.budget", "2080501"));
        assertValue("90.38", only(report, "gpb.item.budgetCompletion", "2080501"));
    }

    @Test
    void anAmountWithoutUnitIsInTheUnitOfItsEntryAndHalfWidthMarkersResolve() {
        ReportDocument report = report(DETAIL
                + "4、卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)。年初预算为7.50万元，支出决算为7.20。\n");
        Fact item = only(report, "gpb.item", "2101101");
        assertValue("72000", item);
        assertEquals("7.20", item.raw());
        assertValue("75000", only(report, "gpb.item.budget", "2101101"));
    }

    @Test
    void anAmountWithoutUnitAndNoUnitAroundItIsLeftOut() {
        ReportDocument report = report(DETAIL
                + "1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：医疗支出。支出决算为7.20。\n");
        assertTrue(facts(report, "gpb.item", null).isEmpty(), report.facts().toString());
    }

    @Test
    void realizedSpendingWordedAsActualExpenditure() {
        ReportDocument report = report(DETAIL
                + "1、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 60.00 万元，实际支出 58.20 万元。\n");
        assertValue("582000", only(report, "gpb.item", "2210201"));
    }

    @Test
    void thousandsSeparatorsASpaceBeforeTheUnitAndAHalfWidthSemicolon() {
        ReportDocument report = report(DETAIL
                + "5、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 1,020.00 万元，支出决算为 1,002.35 万元，"
                + "完成年初预算的98.27%;6、住房保障支出（类）住房改革支出（款）购房补贴（项）。支出决算为 12.00 万元；\n");
        assertValue("10023500", only(report, "gpb.item", "2210201"));
        assertValue("98.27", only(report, "gpb.item.budgetCompletion", "2210201"));
        assertValue("120000", only(report, "gpb.item", "2210203"));
    }

    @Test
    void thisYearAndTheYearBeforeWordedAsBenNianDuAndShangNian() {
        ReportDocument report = report("一、收入支出决算总体情况说明\n"
                + "本年度收入、支出总计均为2,345.67 万元。与上年相比，收、支总计各增加100.00 万元，增长4.45%。\n"
                + "五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n"
                + "2024 年度一般公共预算财政拨款支出1,234.56 万元，占本年支出合计的52.63%。\n");
        assertValue("23456700", only(report, "total.incomeExpenditure", null));
        assertValue("1000000", only(report, "total.incomeExpenditure.change", null));
        assertValue("4.45", only(report, "total.incomeExpenditure.changeRate", null));
        assertValue("12345600", only(report, "gpb.expenditure", null));
        assertValue("52.63", only(report, "gpb.expenditure.share", null));
    }

    /**
     * The contract defines no fact for a statement without a figure: 无政府性基金… and 与上年持平 give none (the gold
     * of the Shanghai reports records none either), and in particular no invented 0.
     */
    @Test
    void noFundsAndUnchangedPrintNoFigureAndGiveNoFact() {
        ReportDocument report = report("五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n"
                + "2024年度一般公共预算财政拨款支出1,234.56万元，与上年持平。\n"
                + "八、政府性基金预算财政拨款收入支出决算情况说明\n本部门无政府性基金预算财政拨款收入和支出。\n"
                + "九、国有资本经营预算财政拨款收入支出决算情况说明\n本部门无国有资本经营预算财政拨款收入和支出。\n");
        assertValue("12345600", only(report, "gpb.expenditure", null));
        assertTrue(report.facts().stream().noneMatch(f -> f.key().startsWith("govFund.")
                || f.key().startsWith("stateCapital.") || f.key().endsWith(".change")), report.facts().toString());
    }
}
