package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One short document per national template form (fixtures/families/, written for these tests; names and figures
 * illustrative), read through the whole pipeline: its identity and its section tree, both written by hand from
 * the document.
 */
class TemplateFamiliesTest {

    private static ReportDocument report(String name) {
        return Extracted.report(RepoFiles.fixture("families/" + name));
    }

    private static ReportInfo identity(String name) {
        return report(name).report();
    }

    private static String outline(String name) {
        return Outline.of(report(name).sections());
    }

    @Test
    void theYearFirstTitleNamesTheUnit() {
        assertEquals(new ReportInfo("某某市人民医院", 2022, "单位决算", false, null),
                identity("year-first-hospital-2022.txt"));
        assertEquals("""
                OVERVIEW 第一部分 单位概况
                  FUNCTIONS 一、基本职能及主要工作
                    FUNCTIONS （一）主要职能
                    KEY_WORK （二）2022年重点工作完成情况
                  ORGANIZATION 二、机构设置
                EXPLANATION 第二部分 2022年度单位决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                  INCOME 二、收入决算情况说明
                  EXPENDITURE 三、支出决算情况说明
                GLOSSARY 第三部分 名词解释
                """, outline("year-first-hospital-2022.txt"));
    }

    @Test
    void aBenjiMarkerIsKeptApartFromTheNameAndPlainJuesuanIsTheKind() {
        assertEquals(new ReportInfo("某某区交通局", 2023, "决算", false, "本级"),
                identity("chongqing-transport-benji-2023.txt"));
    }

    @Test
    void aHuizongMarkerIsKeptApartFromTheNameOfADepartmentalAccount() {
        assertEquals(new ReportInfo("某某县统计局", 2020, "部门决算", false, "汇总"),
                identity("shaanxi-statistics-huizong-2020.txt"));
    }

    @Test
    void publicationFurnitureAboveTheTitleIsPassedOver() {
        assertEquals(new ReportInfo("某某市水务局", 2022, "部门决算", false, null),
                identity("yunnan-water-furniture-2022.txt"));
        ReportDocument report = report("yunnan-water-furniture-2022.txt");
        Fact department = report.facts().stream().filter(f -> f.key().equals("report.department")).findFirst()
                .orElseThrow();
        assertEquals(report.text().indexOf("某某市水务局2022年度部门决算"), department.provenance().start(),
                "the title's statement, not the metadata table's 发布机构");
    }

    @Test
    void aTitleSplitOverLinesBetweenPageMarkersIsJoined() {
        assertEquals(new ReportInfo("中共某某市委宣传部", 2021, "部门决算", false, null),
                identity("beijing-propaganda-split-title-2021.txt"));
    }

    @Test
    void everyFamilyDocumentGivesAValidReport() {
        for (String name : List.of("year-first-hospital-2022.txt", "chongqing-transport-benji-2023.txt",
                "shaanxi-statistics-huizong-2020.txt", "yunnan-water-furniture-2022.txt",
                "beijing-propaganda-split-title-2021.txt", "traditional-library-2019.txt", "budget-finance-2023.txt",
                "draft-county-2022.txt", "garbled-civil-affairs-2022.txt", "toc-field-codes-health-2022.txt")) {
            ReportSchema.assertValid(ReportJson.toJson(report(name)));
        }
    }

    @Test
    void aBudgetAndAGovernmentDraftSayWhatTheyAre() {
        assertEquals(new ReportInfo("某某市财政局", 2023, "部门预算", false, null), identity("budget-finance-2023.txt"));
        assertEquals(new ReportInfo("某某县", 2022, "决算草案", false, null), identity("draft-county-2022.txt"));
    }

    /** The normalizer matches on a simplified copy of the text (issue 12); names come out simplified. */
    @Test
    void aTraditionalTitleNamesTheDepartmentInSimplifiedForm() {
        assertEquals(new ReportInfo("某某市图书馆", 2019, "部门决算", false, null),
                identity("traditional-library-2019.txt"));
        assertEquals("""
                OVERVIEW 第一部分 部门概况
                  FUNCTIONS 一、主要职能
                EXPLANATION 第二部分 2019年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                """, outline("traditional-library-2019.txt"));
    }

    @Test
    void chongqingHeadingsMapToTheCanonicalKinds() {
        assertEquals("""
                OVERVIEW 一、单位基本情况
                  FUNCTIONS （一）职能职责
                  ORGANIZATION （二）机构设置
                EXPLANATION 二、单位决算收支情况说明
                  INCOME_EXPENDITURE_OVERVIEW （一）收入支出决算总体情况
                  INCOME （二）收入决算情况
                  EXPENDITURE （三）支出决算情况
                  APPROPRIATION_OVERVIEW （四）财政拨款收入支出决算总体情况
                  GPB_EXPENDITURE （五）一般公共预算财政拨款支出决算情况
                  GPB_BASIC_EXPENDITURE （六）一般公共预算财政拨款基本支出决算情况
                  GOV_FUND （七）政府性基金预算收支决算情况
                THREE_PUBLIC 三、2023年度一般公共预算“三公”经费支出决算情况说明
                OTHER_MATTERS 四、其他需要说明的事项
                  OPERATING_COSTS （一）机关运行经费支出情况
                  PROCUREMENT （二）政府采购支出情况
                  STATE_ASSETS （三）国有资产占用情况
                  PERFORMANCE_MANAGEMENT （四）预算绩效管理情况
                """, outline("chongqing-transport-benji-2023.txt"));
    }

    @Test
    void yunnanHeadingsAndTablesMapToTheCanonicalKinds() {
        assertEquals("""
                OVERVIEW 第一部分 部门概况
                  FUNCTIONS 一、部门主要职能
                  ORGANIZATION 二、机构设置情况
                STATEMENTS 第二部分 2022年度部门决算报表
                  STATEMENT[incomeExpenditureSummary] 一、收入支出决算表
                  STATEMENT[income] 二、收入决算表
                  STATEMENT[expenditure] 三、支出决算表
                  STATEMENT[appropriationSummary] 四、财政拨款收入支出决算表
                  STATEMENT[gpbExpenditure] 五、一般公共预算财政拨款收入支出决算表
                  STATEMENT[gpbBasic] 六、一般公共预算财政拨款基本支出决算表
                  STATEMENT[gpbProject] 七、一般公共预算财政拨款项目支出决算表
                  STATEMENT[govFund] 八、政府性基金预算财政拨款收入支出决算表
                  STATEMENT[stateCapital] 九、国有资本经营预算财政拨款收入支出决算表
                  STATEMENT[threePublic] 十、财政拨款“三公”经费、行政参公单位机关运行经费情况表
                  STATEMENT[threePublic] 十一、一般公共预算财政拨款“三公”经费支出决算表
                EXPLANATION 第三部分 2022年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                  INCOME 二、收入决算情况说明
                  EXPENDITURE 三、支出决算情况说明
                  APPROPRIATION_OVERVIEW 四、财政拨款收入支出决算总体情况说明
                  GPB_EXPENDITURE 五、一般公共预算财政拨款支出决算情况说明
                  GPB_BASIC_EXPENDITURE 六、一般公共预算财政拨款基本支出决算情况说明
                  THREE_PUBLIC 七、财政拨款“三公”经费支出决算情况说明
                OTHER_MATTERS 第四部分 其他重要事项及相关口径情况说明
                  OPERATING_COSTS 一、机关运行经费支出情况说明
                  PROCUREMENT 二、政府采购支出情况说明
                  STATE_ASSETS 三、国有资产占用情况说明
                  PERFORMANCE_MANAGEMENT 四、部门绩效自评情况
                  GLOSSARY 五、相关口径说明
                GLOSSARY 第五部分 名词解释
                """, outline("yunnan-water-furniture-2022.txt"));
    }

    @Test
    void shaanxiHeadingsMapToTheCanonicalKinds() {
        assertEquals("""
                OVERVIEW 第一部分 部门概况
                  FUNCTIONS 一、部门职责
                  ORGANIZATION 二、机构设置
                EXPLANATION 第二部分 2020年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                  INCOME 二、收入决算情况说明
                  EXPENDITURE 三、支出决算情况说明
                  APPROPRIATION_OVERVIEW 四、财政拨款收入支出决算总体情况说明
                  GPB_EXPENDITURE 五、一般公共预算财政拨款支出决算情况说明
                  GPB_BASIC_EXPENDITURE 六、一般公共预算财政拨款基本支出决算情况说明
                  THREE_PUBLIC 七、“三公”经费、培训费及会议费支出情况说明
                  GOV_FUND 八、政府性基金预算收入支出决算情况说明
                  STATE_CAPITAL 九、国有资本经营预算财政拨款收入支出决算情况说明
                  OTHER_MATTERS 十、其他重要事项的情况说明
                    OPERATING_COSTS （一）机关运行经费支出情况
                    PROCUREMENT （二）政府采购支出情况
                GLOSSARY 第三部分 专业名词解释
                STATEMENTS 第四部分 2020年度部门决算报表
                  STATEMENT[incomeExpenditureSummary] 一、收入支出决算总表
                  STATEMENT[income] 二、收入决算表
                  STATEMENT[expenditure] 三、支出决算表
                """, outline("shaanxi-statistics-huizong-2020.txt"));
    }

    @Test
    void beijingPutsTheTablesFirstAsAPartOfReports() {
        assertEquals("""
                STATEMENTS 第一部分 2021年度部门决算报表
                  STATEMENT[incomeExpenditureSummary] 一、收入支出决算总表
                  STATEMENT[income] 二、收入决算表
                  STATEMENT[expenditure] 三、支出决算表
                  STATEMENT[appropriationSummary] 四、财政拨款收入支出决算总表
                  STATEMENT[gpbExpenditure] 五、一般公共预算财政拨款支出决算表
                  STATEMENT[gpbBasic] 六、一般公共预算财政拨款基本支出决算表
                  STATEMENT[threePublic] 七、财政拨款“三公”经费支出决算表
                  STATEMENT[govFund] 八、政府性基金预算财政拨款收入支出决算表
                  STATEMENT[stateCapital] 九、国有资本经营预算财政拨款收入支出决算表
                EXPLANATION 第二部分 2021年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                  INCOME 二、收入决算情况说明
                  EXPENDITURE 三、支出决算情况说明
                GLOSSARY 第三部分 名词解释
                """, outline("beijing-propaganda-split-title-2021.txt"));
    }

    /**
     * 三、出决算表 can only be 支出决算表 and 名词解 only 名词解释; 收出决算表 and 收出决算情况说明 have a character
     * changed (收入 or 支出?), so they are left alone: no STATEMENT, an OTHER heading.
     */
    @Test
    void truncatedHeadingsAreMatchedOnlyWhenUnambiguous() {
        assertEquals("""
                OVERVIEW 第一部分 某某区民政局概况
                  FUNCTIONS 一、主要职能
                  ORGANIZATION 二、部门决算单位构成
                STATEMENTS 第二部分 某某区民政局2022年度部门决算表
                  STATEMENT[incomeExpenditureSummary] 一、收入支出决算总表
                  STATEMENT[income] 二、收入决算表
                  STATEMENT[expenditure] 三、出决算表
                  STATEMENT[appropriationSummary] 四、财政拨款收入支出决算总表
                  STATEMENT[appropriationDetail] 五、财政拨款支出决算明细表
                  STATEMENT[gpbExpenditure] 六、一般公共预算财政拨款支出决算表
                  STATEMENT[gpbDetail] 七、一般公共预算财政拨款支出决算明细表
                  STATEMENT[gpbBasic] 八、一般公共预算财政拨款基本支出决算表
                  STATEMENT[gpbProject] 九、一般公共预算财政拨款项目支出决算表
                  STATEMENT[threePublic] 十、一般公共预算财政拨款“三公”经费支出决算表
                  STATEMENT[govFund] 十一、政府性基金预算财政拨款收入支出决算表
                  STATEMENT[stateCapital] 十三、国有资本经营预算财政拨款收入支出决算表
                EXPLANATION 第三部分 某某区民政局2022年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                  OTHER 二、收出决算情况说明
                  GPB_EXPENDITURE 三、一般公共预算财政拨款支出决算情况说
                GLOSSARY 第四部分 名词解
                """, outline("garbled-civil-affairs-2022.txt"));
    }

    @Test
    void aTableOfContentsWithWordFieldCodesIsNotTakenForTheBody() {
        assertEquals("""
                OVERVIEW 第一部分 某某区卫生健康委员会概况
                  FUNCTIONS 一、主要职能
                  ORGANIZATION 二、部门决算单位构成
                EXPLANATION 第二部分 某某区卫生健康委员会2022年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                  INCOME 二、收入决算情况说明
                GLOSSARY 第三部分 名词解释
                """, outline("toc-field-codes-health-2022.txt"));
        assertEquals(new ReportInfo("某某区卫生健康委员会", 2022, "部门决算", false, null),
                identity("toc-field-codes-health-2022.txt"));
    }
}
