package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.segment.SectionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * concept-words.tsv: the words before a figure in sentences of the 情况说明 (000 and 001 of corpora/) give the key,
 * the concept nearest the figure winning.
 */
class ConceptWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 000: 2021年度市政协办公室收入2155.89万元
            "INCOME_EXPENDITURE_OVERVIEW|2021年度市政协办公室收入|total.income",
            // 000: 2021年市政协办公室本年收入合计2155.89万元，其中：财政拨款收入2074.39万元，…政府性基金预算财政拨款收入79万元
            "INCOME|2021年市政协办公室本年收入合计|income.total",
            "INCOME|其中：财政拨款收入|income.gpbAppropriation",
            "INCOME|；政府性基金预算财政拨款收入|income.govFundAppropriation",
            // 000: 基本支出1642.44万元，占73.89%；项目支出580.39万元
            "EXPENDITURE|，其中：基本支出|expenditure.basic",
            "EXPENDITURE|；项目支出|expenditure.project",
            // 000: 2021年财政拨款收、支总计2153.39万元
            "APPROPRIATION_OVERVIEW|2021年财政拨款收、支总计|appropriation.total",
            "GPB_EXPENDITURE_TOTAL|2021年一般公共预算财政拨款支出|gpb.expenditure",
            "GPB_BASIC_EXPENDITURE|人员经费|gpb.basic.personnel",
            // 000: 2021年“三公”经费财政拨款支出决算数为50.79万元; 公务用车购置及运行维护费支出决算49.65万元
            "THREE_PUBLIC|2021年“三公”经费财政拨款支出决算数为|threePublic.total",
            "THREE_PUBLIC|；公务用车购置及运行维护费支出决算|threePublic.vehicle",
            "THREE_PUBLIC|其中：公务用车购置支出|threePublic.vehiclePurchase",
            "THREE_PUBLIC|因公出国（境）费支出决算|threePublic.outbound",
            // 000: 2021年政府采购支出总额42.25万元…授予中小企业合同金额0万元
            "PROCUREMENT|2021年政府采购支出总额|procurement.total",
            "PROCUREMENT|授予中小企业合同金额|procurement.sme",
            "OPERATING_COSTS|2021年，市政协机关运行经费支出|operatingCosts"
    })
    void theWordsBeforeAFigureGiveItsKey(SectionKind kind, String words, String key) {
        assertEquals(key, ConceptLexicon.nearest(ConceptLexicon.forSection(kind), words).orElseThrow().key(), words);
    }

    @Test
    void aSentenceAboutTheYearBeforeHasItsOwnConcepts() {
        // 2020年财政预算拨款849.18万元（一般公共预算…）
        assertEquals("appropriation.total",
                ConceptLexicon.nearest(ConceptLexicon.previousYear(), "2020年财政预算拨款").orElseThrow().key());
    }

    @Test
    void aSectionWithoutFiguresHasNoConcepts() {
        assertTrue(ConceptLexicon.forSection(SectionKind.GLOSSARY).isEmpty());
    }
}
