package org.juesuan.extractor.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers in front of headings, and words to kinds. */
class HeadingWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "第一部分  部门概况|PART|1",
            "第3部分 名词解释|PART|3",
            "十一、其他重要事项的情况说明|CHINESE|11",
            "二十三、其他支出|CHINESE|23",
            "（一）主要职能|PAREN_CHINESE|1",
            "(一)偏离绩效目标的原因|PAREN_CHINESE|1",
            "（4） 预算绩效管理情况|PAREN_CHINESE|4",
            "（1）人员类|PAREN_ARABIC|1",
            "1、 收入支出决算总体情况说明|ARABIC|1",
            "9、 国有资本经营预算支出决算情况说明|ARABIC|9",
            "10.承担市政协领导交办的其他事项。|ARABIC|10",
            "6） “机关事业单位基本养老保险缴费支出”|ARABIC|6"
    })
    void markers(String line, HeadingMarker.Family family, int ordinal) {
        HeadingMarker marker = HeadingMarker.parse(line);
        assertEquals(family, marker.family(), line);
        assertEquals(ordinal, marker.ordinal(), line);
    }

    @ParameterizedTest
    @CsvSource({"2021年度部门决算情况说明", "1.5万元", "一是需要进一步加强", "收入决算情况说明"})
    void linesWithoutANumber(String line) {
        assertEquals(HeadingMarker.Family.NONE, HeadingMarker.parse(line).family(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "收入支出决算总体情况说明|INCOME_EXPENDITURE_OVERVIEW",
            "收、支决算总体情况|INCOME_EXPENDITURE_OVERVIEW",
            "财政拨款收入支出决算总体情况说明|APPROPRIATION_OVERVIEW",
            "“三公”经费财政拨款支出决算情况说明|THREE_PUBLIC",
            "\"三公\"经费财政拨款支出决算情况说明|THREE_PUBLIC",
            "「三公」经费财政拨款支出决算情况说明|THREE_PUBLIC",
            "财政拨款“三公”经费支出决算情况说明|THREE_PUBLIC",
            "一般公共预算财政拨款基本支出决算情况说|GPB_BASIC_EXPENDITURE",
            "政府性基金预算（财政拨款收入）支出决算情况说明|GOV_FUND",
            "国有资本经营预算财政拨款收入支出决算情况说明|STATE_CAPITAL",
            "预算绩效管理情况|PERFORMANCE_MANAGEMENT",
            "其他重要事项说明|OTHER_MATTERS",
            "国有资产占有使用情况说明|STATE_ASSETS",
            "部门决算单位构成|ORGANIZATION",
            "2020年重点工作完成情况|KEY_WORK",
            "中共上海市普陀区委社会工作部 2024 年度部门决算表|STATEMENTS",
            "2021年度部门决算情况说明|EXPLANATION",
            "名词解释|GLOSSARY"
    })
    void knownHeadings(String words, SectionKind kind) {
        assertEquals(kind, HeadingVocabulary.match(HeadingWords.compact(words), true).orElseThrow().kind(), words);
    }

    @Test
    void looseWordsNeedANumber() {
        assertTrue(HeadingVocabulary.match("上海市普陀区财政局概况", true).isPresent());
        assertFalse(HeadingVocabulary.match("上海市普陀区财政局概况", false).isPresent());
        assertFalse(HeadingVocabulary.match("附件", false).isPresent());
    }

    @Test
    void sentencesAreNotHeadings() {
        assertFalse(HeadingVocabulary.match(HeadingWords.compact("2021年收入决算情况说明如下"), true).isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "收入支出决算总表|incomeExpenditureSummary",
            "收入总表|income",
            "财政拨款支出决算明细表|appropriationDetail",
            "一般公共预算财政拨款“三公”经费支出决算表|threePublic",
            "财政拨款\"三公\"经费支出决算表|threePublic",
            "政府性基金预算财政拨款“三公”经费支出决算表|govFundThreePublic",
            "国有资本经营预算财政拨款收入支出决算表|stateCapital",
            "国有资本经营预算财政拨款支出决算表|stateCapitalExpenditure"
    })
    void statementTitles(String title, String id) {
        assertEquals(id, StatementKind.ofTitle(HeadingWords.compact(title)).orElseThrow().id());
    }
}
