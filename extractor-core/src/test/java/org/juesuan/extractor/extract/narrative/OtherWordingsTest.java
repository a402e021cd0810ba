package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.extract.CorpusText;
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
     * 无政府性基金…收入和支出 states the contract's zero facts (income and expenditure, raw = the words, provenance on
     * the sentence); 与2023年度持平 is a change of 0, also for the parts after it that print no year of their own.
     */
    @Test
    void noFundsAndUnchangedAreZeroFacts() {
        String noFund = CorpusText.caizhengju("上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。");
        String noCapital = CorpusText.caizhengju("上海市普陀区财政局2024年度无国有资本经营预算财政拨款收入和支出。");
        String unchangedTotal = CorpusText.caizhengju("与2023年度相比，财政拨款收入支出总计持平。");
        String unchangedThreePublic = CorpusText.caizhengju("2024年度“三公”经费财政拨款支出决算数与2023年度持平。其中：因公出国"
                + "（境）费支出决算持平；公务用车购置及运行维护费支出决算持平；公务接待费支出决算持平。");
        ReportDocument report = report("四、财政拨款收入支出决算总体情况说明\n"
                + "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。" + unchangedTotal + "\n"
                + "七、财政拨款“三公”经费支出决算情况说明\n" + unchangedThreePublic + "\n"
                + "八、政府性基金预算财政拨款收入支出决算情况说明\n" + noFund + "\n"
                + "九、国有资本经营预算财政拨款收入支出决算情况说明\n" + noCapital + "\n");
        for (String key : List.of("income.govFundAppropriation", "govFund.expenditure")) {
            Fact zero = only(report, key, null);
            assertValue("0", zero);
            assertEquals("yuan", zero.unit());
            assertEquals("无政府性基金预算财政拨款收入和支出", zero.raw());
            assertEquals("无政府性基金预算财政拨款收入和支出", report.text().substring(zero.provenance().start(),
                    zero.provenance().end()));
        }
        assertValue("0", only(report, "income.stateCapitalAppropriation", null));
        assertValue("0", only(report, "stateCapital.expenditure", null));
        assertValue("3000", only(report, "appropriation.total", null));
        assertValue("0", only(report, "appropriation.total.change", null));
        Fact threePublic = only(report, "threePublic.total.change", null);
        assertValue("0", threePublic);
        assertEquals("与2023年度持平", threePublic.raw());
        for (String part : List.of("threePublic.outbound", "threePublic.vehicle", "threePublic.reception")) {
            assertValue("0", only(report, part + ".change", null));
        }
        assertTrue(facts(report, "appropriation.total.changeRate", null).isEmpty(), "持平 of an amount is no rate");
    }

    /** 决算数与预算数持平 compares with the budget, not with a year: no change fact. */
    @Test
    void equalToTheBudgetIsNoChange() {
        ReportDocument report = report("七、财政拨款“三公”经费支出决算情况说明\n"
                + CorpusText.seed001("2021年“三公”经费财政拨款支出决算为18.85万元，完成预算100%，决算数与预算数持平。") + "\n");
        assertValue("188500", only(report, "threePublic.total", null));
        assertTrue(report.facts().stream().noneMatch(f -> f.key().endsWith(".change")), report.facts().toString());
    }

    /**
     * 规划和自然资源局 as pdftotext gives it, reflowed: the item entry, 主要用于 and its figures are paragraphs of their
     * own. The figures are the item's (up to the next entry), not the total's.
     */
    @Test
    void anItemsFiguresInTheParagraphsAfterItsEntry() {
        ReportDocument report = report(DETAIL
                + "7、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。\n主要用于：\n事业单位医疗保险支出。\n"
                + "年初预算为 196.40万元，支出决算为 196.29 万元，完成年初预算的 99.94%。决算数小于预算数的主要原因："
                + "年中社会保险缴费基数变更导致。\n"
                + "8、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。年初预算为"
                + "1115.48 万元，支出决算为 1092.80 万元，完成年初预算的97.97%。\n");
        assertValue("1962900", only(report, "gpb.item", "2101102"));
        assertValue("1964000", only(report, "gpb.item.budget", "2101102"));
        assertValue("99.94", only(report, "gpb.item.budgetCompletion", "2101102"));
        assertValue("10928000", only(report, "gpb.item", "2120101"));
        assertTrue(report.facts().stream().noneMatch(f -> f.key().startsWith("gpb.expenditure")), report.facts().toString());
    }

    /**
     * 财政局 as pdftotext -layout gives it: a side column cut into the entries, so that one's amount cannot be read
     * and another's 项 name is broken. Their figures give no fact rather than a false total.
     */
    @Test
    void aScrambledEntryGivesNoTotal() {
        ReportDocument report = report(DETAIL
                + "4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。主要用于：449.52万元。决算数小于预算数的主要原因："
                + "因个别项目评审费未能实施或未来得及委托中介机构开展各类审计及绩效评价工作。年初预算为450.52万元，支出决算为"
                + "支付完毕，于明年重新申请。\n"
                + "6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老161.62万元，支出决算为160.75万元。"
                + " 决算数小于预算数的主要原因：预算按充分保保险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为"
                + "障预估，实际执行基本贴合预期。\n");
        assertTrue(report.facts().stream().noneMatch(f -> f.key().startsWith("gpb.")), report.facts().toString());
    }
}
