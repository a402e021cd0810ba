package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The segmenter's rules on small documents written for one rule each (the real reports are in the other tests). */
class SegmenterTest {

    /** A document of one paragraph per line; a line "#2 text" is a paragraph the source styled as heading 2. */
    private static Segmentation segment(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            Integer level = null;
            if (line.matches("#\\d .*")) {
                level = line.charAt(1) - '0';
                line = line.substring(3);
            }
            blocks.add(new ParagraphBlock(text.length(), text.length() + line.length(), null, line, level));
            text.append(line).append('\n');
        }
        return new Segmenter().segment(text.toString(), blocks, "test.txt");
    }

    private static String outline(String... lines) {
        return Outline.of(segment(lines).sections());
    }

    @Test
    void aMisnumberedHeadingLandsByItsWords() {
        assertEquals("""
                EXPLANATION 第二部分 2021年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 1、 收入支出决算总体情况说明
                  INCOME 收入决算情况说明
                  GPB_EXPENDITURE 五、一般公共预算财政拨款支出决算情况说明
                    GPB_EXPENDITURE_TOTAL （一）一般公共预算财政拨款支出决算总体情况
                    GPB_EXPENDITURE_STRUCTURE 一般公共预算财政拨款支出决算结构情况
                  STATE_CAPITAL 9、 国有资本经营预算支出决算情况说明
                GLOSSARY 第3部分 名词解释
                """, outline("第二部分 2021年度部门决算情况说明", "1、 收入支出决算总体情况说明", "正文。",
                "收入决算情况说明", "正文。", "五、一般公共预算财政拨款支出决算情况说明",
                "（一）一般公共预算财政拨款支出决算总体情况", "正文。", "一般公共预算财政拨款支出决算结构情况", "正文。",
                "9、 国有资本经营预算支出决算情况说明", "正文。", "第3部分 名词解释", "1.财政拨款收入：指…。"));
    }

    @Test
    void performanceManagementIsUnderOtherMattersInSichuanAndBesideItInShanghai() {
        assertEquals("""
                EXPLANATION 第二部分 2021年度部门决算情况说明
                  OTHER_MATTERS 十、其他重要事项的情况说明
                    OPERATING_COSTS （一）机关运行经费支出情况
                    PERFORMANCE_MANAGEMENT （4） 预算绩效管理情况
                """, outline("第二部分 2021年度部门决算情况说明", "十、其他重要事项的情况说明", "（一）机关运行经费支出情况",
                "正文。", "（4） 预算绩效管理情况", "正文。"));
        assertEquals("""
                EXPLANATION 第三部分 上海市XX局2024年度部门决算情况说明
                  STATE_CAPITAL 九、国有资本经营预算财政拨款收入支出决算情况说明
                  PERFORMANCE_MANAGEMENT 十、预算绩效管理情况
                  OTHER_MATTERS 十一、其他重要事项的情况说明
                    OPERATING_COSTS （一）机关运行经费支出情况
                """, outline("第三部分 上海市XX局2024年度部门决算情况说明", "九、国有资本经营预算财政拨款收入支出决算情况说明",
                "正文。", "十、预算绩效管理情况", "正文。", "十一、其他重要事项的情况说明", "（一）机关运行经费支出情况", "正文。"));
    }

    @Test
    void headingVariantsMapToOneKind() {
        assertEquals("""
                EXPLANATION 第二部分 2021年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收、支决算总体情况
                  THREE_PUBLIC 七、"三公"经费财政拨款支出决算情况说明
                    THREE_PUBLIC （一）「三公」经费财政拨款支出决算总体情况说明
                    THREE_PUBLIC （二）‘三公’经费财政拨款支出决算具体情况说明
                  GOV_FUND 八、政府性基金预算（财政拨款收入）支出决算情况说明
                """, outline("第二部分 2021年度部门决算情况说明", "一、收、支决算总体情况", "正文。",
                "七、\"三公\"经费财政拨款支出决算情况说明", "（一）「三公」经费财政拨款支出决算总体情况说明", "正文。",
                "（二）‘三公’经费财政拨款支出决算具体情况说明", "正文。", "八、政府性基金预算（财政拨款收入）支出决算情况说明"));
    }

    @Test
    void tableOfContentsLinesAreNotSections() {
        Segmentation s = segment("上海市某某局", "2024年度部门决算", "目 录", "第一部分 上海市某某局概况", "一、主要职能",
                "第二部分 上海市某某局2024年度部门决算情况说明……3", "第一部分 上海市某某局概况", "一、主要职能", "负责全区某某工作。",
                "第二部分 上海市某某局2024年度部门决算情况说明", "一、收入支出决算总体情况说明", "正文。");
        assertEquals("""
                OVERVIEW 第一部分 上海市某某局概况
                  FUNCTIONS 一、主要职能
                EXPLANATION 第二部分 上海市某某局2024年度部门决算情况说明
                  INCOME_EXPENDITURE_OVERVIEW 一、收入支出决算总体情况说明
                """, Outline.of(s.sections()));
        assertEquals(2, s.tableOfContents().orElseThrow().firstBlock());
        assertEquals(6, s.tableOfContents().orElseThrow().endBlock());
        assertEquals("上海市某某局", s.report().department());
    }

    @Test
    void listsAndTableRowsAreNotSections() {
        assertEquals("""
                OVERVIEW 第一部分 部门概况
                  FUNCTIONS 一、主要职能
                  ORGANIZATION 二、部门决算单位构成
                STATEMENTS 第二部分 某某局2024年度部门决算表
                  STATEMENT[incomeExpenditureSummary] 收入支出决算总表
                  STATEMENT[income] 收入决算表
                  STATEMENT[threePublic] 财政拨款“三公”经费支出决算表
                GLOSSARY 第三部分 名词解释
                """, outline("第一部分 部门概况", "一、主要职能", "（一）负责全区财政工作", "（二）完成区委交办的其他任务",
                "二、部门决算单位构成", "第二部分 某某局2024年度部门决算表", "收入支出决算总表", "一、一般公共预算财政拨款收入 307.82",
                "十一、城乡社区支出", "注：本表反映部门本年度的总收支情况。收入决算表", "合计 307.82",
                "财政拨款“三公”经费支出决算表单位：万元", "第三部分 名词解释", "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。",
                "二、事业收入：指事业单位开展专业业务活动取得的收入。"));
    }

    @Test
    void attachmentsKeepTheirOwnNumberingUnderTheirTitle() {
        assertEquals("""
                GLOSSARY 第三部分 名词解释
                ATTACHMENTS 第四部分 附件
                  OTHER 附件1： 某某办公室 2021年部门整体支出绩效评价报告
                    OTHER 一、部门概况
                      OTHER （一）机构组成。
                      OTHER （2） 机构职能。
                    OTHER 二、评价结论及建议
                  OTHER 2021年专项预算项目支出绩效自评报告 （业务运行费）
                    OTHER 一、项目概况
                APPENDIX_TABLES 第五部分 附表
                  STATEMENT[incomeExpenditureSummary] 一、收入支出决算总表
                  STATEMENT[govFundThreePublic] 十二、政府性基金预算财政拨款“三公”经费支出决算表（无数据）
                """, outline("第三部分 名词解释", "1.基本支出：指…。", "第四部分 附件", "附件1：", "某某办公室",
                "2021年部门整体支出绩效评价报告", "一、部门概况", "（一）机构组成。", "正文。", "（2） 机构职能。", "1.负责…。",
                "二、评价结论及建议", "（一）评价结论。某某办公室预算执行较好，总体绩效良好。", "2021年专项预算项目支出绩效自评报告",
                "（业务运行费）", "一、项目概况", "正文。", "第五部分 附表", "一、收入支出决算总表",
                "十二、政府性基金预算财政拨款“三公”经费支出决算表（无数据）"));
    }

    @Test
    void topicsNumberedAgainFromOneAreChildren() {
        assertEquals("""
                OVERVIEW 第一部分 部门概况
                  FUNCTIONS 一、基本职能及主要工作
                    FUNCTIONS （一）主要职能。
                    KEY_WORK （二）2021年重点工作完成情况。
                      OTHER （一）强化理论武装，牢牢把握正确政治方向
                      OTHER （二）以核心业务为主导，着力提升服务能力水平
                  ORGANIZATION 二、机构设置
                """, outline("第一部分 部门概况", "一、基本职能及主要工作", "（一）主要职能。", "1.承担会务工作。",
                "（二）2021年重点工作完成情况。", "（一）强化理论武装，牢牢把握正确政治方向", "1.正文。",
                "（二）以核心业务为主导，着力提升服务能力水平", "1.正文。", "二、机构设置", "正文。"));
    }

    @Test
    void aHeadingStyledByTheSourceCountsEvenWithoutANumber() {
        assertEquals("""
                EXPLANATION 第二部分 2021年度部门决算情况说明
                  INCOME 收入决算情况说明
                  OTHER 部门整体绩效情况
                """, outline("第二部分 2021年度部门决算情况说明", "收入决算情况说明", "正文。", "#2 部门整体绩效情况", "正文。",
                "绩效情况良好"));
    }

    @Test
    void aHeadingRunIntoItsBodyIsCutAfterItsWords() {
        Segmentation s = segment("第三部分 某某局2024年度部门决算情况说明",
                "九、国有资本经营预算财政拨款收入支出决算情况说明某某局2024年度无国有资本经营预算财政拨款收入和支出。");
        assertEquals("""
                EXPLANATION 第三部分 某某局2024年度部门决算情况说明
                  STATE_CAPITAL 九、国有资本经营预算财政拨款收入支出决算情况说明
                """, Outline.of(s.sections()));
    }

    @Test
    void entriesWithWordFieldCodesAreATableOfContentsEvenWithoutItsTitle() {
        Segmentation s = segment("某某局2022年度部门决算", "第一部分 某某局概况 PAGEREF _Toc25831 h 2",
                "一、主要职能 PAGEREF _Toc25832 \\h 2", "第二部分 2022年度部门决算情况说明 PAGEREF _Toc25833 h 3",
                "第一部分 某某局概况", "一、主要职能", "负责全区某某工作。", "第二部分 2022年度部门决算情况说明",
                "一、收入决算情况说明", "正文。");
        assertEquals("""
                OVERVIEW 第一部分 某某局概况
                  FUNCTIONS 一、主要职能
                EXPLANATION 第二部分 2022年度部门决算情况说明
                  INCOME 一、收入决算情况说明
                """, Outline.of(s.sections()));
        assertEquals(1, s.tableOfContents().orElseThrow().firstBlock());
        assertEquals(4, s.tableOfContents().orElseThrow().endBlock());
    }

    @Test
    void aTruncatedHeadingTakesTheOneKnownHeadingItIsClosestTo() {
        assertEquals("""
                EXPLANATION 第二部分 2022年度部门决算情况说明
                  INCOME 一、收入决算情况说
                  EXPENDITURE 二、出决算情况说明
                  OTHER 三、收出决算情况说明
                  OTHER 四、收入支出预算总体情况说明
                GLOSSARY 第三部分 名词解
                """, outline("第二部分 2022年度部门决算情况说明", "一、收入决算情况说", "正文。", "二、出决算情况说明", "正文。",
                "三、收出决算情况说明", "正文。", "四、收入支出预算总体情况说明", "正文。", "第三部分 名词解",
                "1.财政拨款收入：指…。"));
    }
}
