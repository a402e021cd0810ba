package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that is not a 决算 gives a report with its kind as found and no facts it does not state. */
class NotAFinalAccountTest {
    private final ReportExtractor extractor = new ReportExtractor();

    private ReportDocument report(String text, String name) {
        ExtractionOutcome outcome = extractor.extract(text.getBytes(StandardCharsets.UTF_8), name, name);
        ReportSchema.assertValid(ReportJson.toJson(outcome.record()));
        return ((ExtractionOutcome.Success) outcome).report();
    }

    @Test
    void aBudgetIsADepartmentBudgetAndItsPlannedFiguresAreNoFinalAccountFacts() {
        ReportDocument report = report("""
                上海市普陀区某某局2025年度部门预算
                第二部分 上海市普陀区某某局2025年度部门预算表
                第三部分 上海市普陀区某某局2025年度部门预算情况说明
                一、收支预算总体情况说明
                2025年度收入、支出预算总计均为2,345.67万元。与上年相比，收、支预算总计各增加100.00万元，增长4.45%。
                二、收入预算情况说明
                2025年度收入预算合计2,300.00万元，其中：财政拨款收入2,200.00万元，占95.65%；其他收入100.00万元，占4.35%。
                五、一般公共预算财政拨款支出预算情况说明
                2025年度一般公共预算财政拨款支出预算1,234.56万元，比2024年预算增加34.56万元，增长2.88%。
                1、一般公共服务支出（类）人大事务（款）行政运行（项）52.60万元。主要用于：机关正常运转。
                七、“三公”经费财政拨款预算情况说明
                2025年度“三公”经费财政拨款预算为3.00万元。
                """, "budget.txt");
        assertEquals("部门预算", report.report().kind());
        assertEquals(2025, report.report().fiscalYear());
        List<String> keys = report.facts().stream().map(Fact::key).toList();
        assertEquals("上海市普陀区某某局", report.report().department());
        assertEquals(List.of("report.department", "report.fiscalYear"), keys,
                "only what identifies it; report.kind is 部门决算 or 单位决算 by contract");
        assertTrue(report.findings().isEmpty());
    }

    @Test
    void aNewsPageAboutFinalAccountsIsNoReportOfOne() {
        ReportDocument report = report("""
                首页 > 新闻中心 > 区县动态
                普陀区召开2024年度部门决算公开工作部署会
                发布时间：2025-08-12 来源：区财政局
                8月12日，普陀区财政局召开2024年度部门决算公开工作部署会，全区58家预算单位的财务负责人参加会议。
                会议指出，2024年全区一般公共预算支出完成168.5亿元，同比增长3.2%，“三公”经费支出比上年下降5.1%。
                会议要求各单位于9月底前在门户网站公开本单位部门决算，做到应公开尽公开。
                责任编辑：张三
                """, "news.html.txt");
        assertNull(report.report().kind());
        assertNull(report.report().fiscalYear(), "2024年度 is the year of the reports the meeting is about");
        assertTrue(report.facts().isEmpty(), report.facts().toString());
    }
}
