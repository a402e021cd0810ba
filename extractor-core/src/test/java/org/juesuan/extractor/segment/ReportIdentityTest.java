package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportIdentityTest {

    /** Department, year and kind of the eight real reports (shared/seeds/README.md, shared/real-pdf/README.md). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "000_b5790c93cfb4a072, 政协攀枝花市委员会办公室, 2021, 部门决算",
            "001_ac178a9e9dd67b94, 攀枝花市人大常委会办公室, 2021, 部门决算",
            "002_0e630caa3884551f, 攀枝花市人民政府驻成都办事处, 2021, 部门决算",
            "003_452dfb289bf64cc2, 中共攀枝花市委办公室, 2020, 单位决算",
            "004_b2fb7ddb4acb550d, 攀枝花市西区人民政府办公室, 2021, 部门决算",
            "sh-putuo-caizhengju-2024, 上海市普陀区财政局, 2024, 部门决算",
            "sh-putuo-guihuaziyuan-2024, 上海市普陀区规划和自然资源局, 2024, 部门决算",
            "sh-putuo-shehuigongzuobu-2024, 中共上海市普陀区委社会工作部, 2024, 部门决算"
    })
    void theRealReportsAreIdentified(String name, String department, int year, String kind) {
        List<Path> files = name.startsWith("sh-") ? List.of(RepoFiles.corpus(name + ".pdf"))
                : List.of(RepoFiles.corpus(name + ".txt"), RepoFiles.fixture("seeds/" + name + ".docx"),
                RepoFiles.fixture("seeds/" + name + ".doc"), RepoFiles.fixture("seeds/" + name + ".html"),
                RepoFiles.fixture("seeds/" + name + ".pdf"));
        for (Path file : files) {
            ReportInfo info = Extracted.report(file).report();
            assertEquals(new ReportInfo(department, year, kind, false), info, file.getFileName().toString());
        }
    }

    @Test
    void theBlankTemplateIsMarkedAsATemplateWithoutADepartment() {
        ReportInfo info = Extracted.report(RepoFiles.corpus("sh-bumen-juesuan-template-2024.pdf")).report();
        assertTrue(info.template());
        assertNull(info.department(), "上海市XX局 is a placeholder, not a department");
        assertEquals(2024, info.fiscalYear());
        assertEquals("部门决算", info.kind());
    }

    @Test
    void theTitlePageNamesTheDepartment() {
        ReportInfo info = ReportIdentity.identify("中共上海市普陀区委\n社会工作部 2024 年度\n部门决算\n", List.of(),
                Optional.empty(), "x.pdf");
        assertEquals(new ReportInfo("中共上海市普陀区委社会工作部", 2024, "部门决算", false), info);
    }

    @Test
    void anEvaluationReportTitleNamesTheDepartment() {
        assertEquals(Optional.of("攀枝花市人大常委会办公室"),
                ReportIdentity.evaluated("攀枝花市人大常委会办公室部门整体绩效评价报告"));
        assertEquals(Optional.of("攀枝花市人大常委会办公室"),
                ReportIdentity.evaluated("2021年攀枝花市人大常委会办公室部门整体绩效评价报告"));
        assertEquals(Optional.empty(), ReportIdentity.evaluated("部门预算整体绩效评价自评报告"),
                "部门预算 is not a department");
    }

    @Test
    void theFileNameIsTheLastResort() {
        ReportInfo info = ReportIdentity.identify("收入支出决算总体情况说明\n", List.of(), Optional.empty(),
                "上海市普陀区民政局2023年度部门决算.pdf");
        assertEquals("上海市普陀区民政局", info.department());
        assertEquals(2023, info.fiscalYear());
        assertFalse(info.template());
        ReportInfo nothing = ReportIdentity.identify("收入支出决算总体情况说明\n", List.of(), Optional.empty(), "report.txt");
        assertEquals(new ReportInfo(null, null, null, false), nothing);
    }

    @Test
    void aBudgetUnitCutWhereItsCellWrappedCountsAsTheWholeName() {
        // seed 003's 项目绩效 tables, flattened: the cell 中共攀枝花市委办公室 wrapped as 中共攀枝花市 / 委办公室 twice,
        // as 中共攀枝花市委办 / 公室 once, and is whole once (before （市侨联）)
        String text = """
                项目名称 全面深化改革 预算单位 中共攀枝花市 委办公室 预算执行情况
                项目名称 目标督查 预算单位 中共攀枝花市 委办公室 预算执行情况
                项目名称 机要高清业务费 预算单位 中共攀枝花市委办 公室 预算执行情况
                项目名称 市侨联业务运行费 预算单位 中共攀枝花市委办公室（市侨 联） 预算执行情况
                """;
        assertEquals("中共攀枝花市委办公室",
                ReportIdentity.identify(text, List.of(), Optional.empty(), "report.txt").department());
    }

    @Test
    void furnitureAndPageMarkersAroundTheTitleArePassedOver() {
        ReportInfo info = ReportIdentity.identify("""
                来源：某某市财政局 发布时间：2023-09-15
                监督索引号 530100000000000000/2023-00456
                保密审查情况：已审查
                部门主要负责人审签情况：已审签
                公开日期：2023年9月15日
                —1—
                附件2
                某某市
                第 1 页
                农业农村局
                2022年度单位决算公开
                """, List.of(), Optional.empty(), "x.txt");
        assertEquals(new ReportInfo("某某市农业农村局", 2022, "单位决算", false, null), info);
    }

    /** Title → department, year, kind, unit marker (empty: none printed). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "某某区交通局（本级）2023 年度决算公开说明, 某某区交通局, 2023, 决算, 本级",
            "某某县统计局(汇总)2020年度部门决算, 某某县统计局, 2020, 部门决算, 汇总",
            "2022年度某某市人民医院单位决算, 某某市人民医院, 2022, 单位决算, ",
            "某某市教育局2021年度部门决算信息公开, 某某市教育局, 2021, 部门决算, ",
            "某某市财政局2023年度部门预算, 某某市财政局, 2023, 部门预算, ",
            "关于某某县2022年度县级决算草案的报告, 某某县, 2022, 决算草案, ",
            "某某市2024年财政预算草案, 某某市, 2024, 预算草案, "
    })
    void theTitleSaysWhoseAndWhatDocumentItIs(String title, String department, int year, String kind, String scope) {
        assertEquals(new ReportInfo(department, year, kind, false, scope),
                ReportIdentity.identify(title + "\n正文。\n", List.of(), Optional.empty(), "x.txt"));
    }

    @Test
    void aHeadingThatMentionsAKindOnItsWayIsNoTitle() {
        assertEquals(Optional.empty(), ReportTitle.parse("三、2022年度\"三公\"经费预算财政拨款支出情况"));
        assertEquals(Optional.empty(), ReportTitle.parse("2023年度预算执行情况良好"));
    }
}
