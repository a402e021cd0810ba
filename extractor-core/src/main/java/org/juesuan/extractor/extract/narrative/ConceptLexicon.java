package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.segment.SectionKind;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The one table from the words in front of a figure to the facts-contract key, per section kind (the same words
 * mean different things in different sections: 收、支总计 is the report's total in the overview and the
 * appropriation total in 财政拨款收入支出决算总体情况). Within a section the concept nearest before the figure wins;
 * where two concepts overlap, the longer one is listed first.
 */
final class ConceptLexicon {
    private static final String TOTAL_WORDS = "收、支总计|收支总计|收入、支出总计|收入支出总计|收入和支出总计";
    private static final String QUOTE = "[“”\"'‘’「」『』]?";
    private static final String GPB = "一般公共预算(?:财政)?(?:拨款)?";

    /** The lexicon of a sentence about the year before the report's (see {@link NarrativeExtractor}). */
    private static final String PREVIOUS_YEAR = "PREVIOUS_YEAR";
    /** 项目支出增加，较上年增加…: the change explained is the project expenditure's, in whatever section. */
    private static final Concept PROJECT_CHANGE = Concept.of("expenditure.project", "项目支出", "项目支出");

    private static final Map<String, List<Concept>> BY_SECTION = Map.ofEntries(
            entry("INCOME_EXPENDITURE_OVERVIEW", List.of(
                    Concept.of("total.incomeExpenditure", TOTAL_WORDS, "收、支总计"),
                    PROJECT_CHANGE,
                    Concept.of("total.income", "收入总计|总收入|收入", "收入总计"),
                    Concept.of("total.expenditure", "支出总计|总支出|支出", "支出总计"))),
            // a sentence about the previous year in the overview (2020年财政预算拨款849.18万元（一般公共预算…）)
            entry(PREVIOUS_YEAR, List.of(
                    Concept.of("total.income", "总收入|收入总计", "收入总计"),
                    Concept.of("total.expenditure", "支出总计|总支出", "支出总计"),
                    Concept.of("appropriation.total", "财政(?:预算)?拨款(?:收、支总计|收入支出总计)?", "财政拨款收、支总计"),
                    Concept.of("income.gpbAppropriation", GPB + "收入", "一般公共预算财政拨款收入"),
                    Concept.of("income.govFundAppropriation", "政府性基金预算(?:财政)?(?:拨款)?收入", "政府性基金预算财政拨款收入"),
                    Concept.of("income.other", "其他收入", "其他收入"))),
            entry("INCOME", List.of(
                    Concept.of("income.total", "本年收入合计|本年收入|收入合计", "本年收入合计"),
                    Concept.of("income.gpbAppropriation", GPB + "收入", "一般公共预算财政拨款收入"),
                    Concept.of("income.govFundAppropriation", "政府性基金预算(?:财政)?(?:拨款)?收入", "政府性基金预算财政拨款收入"),
                    Concept.of("income.stateCapitalAppropriation", "国有资本经营预算(?:财政)?(?:拨款)?收入",
                            "国有资本经营预算财政拨款收入"),
                    Concept.of("income.gpbAppropriation", "财政拨款收入", "财政拨款收入"),
                    Concept.of("income.superiorSubsidy", "上级补助收入", "上级补助收入"),
                    Concept.of("income.business", "事业收入", "事业收入"),
                    Concept.of("income.operating", "经营收入", "经营收入"),
                    Concept.of("income.subsidiaryRemittance", "附属单位上缴收入", "附属单位上缴收入"),
                    Concept.of("income.other", "其他收入", "其他收入"),
                    Concept.of("income.carryoverBegin", "年初结转和结余|年初结转结余|年初财政拨款结转和结余|年初结转", "年初结转和结余"))),
            entry("EXPENDITURE", List.of(
                    Concept.of("expenditure.total", "本年支出合计|本年支出|支出合计", "本年支出合计"),
                    Concept.of("expenditure.basic", "基本支出", "基本支出"),
                    Concept.of("expenditure.project", "项目支出", "项目支出"),
                    Concept.of("expenditure.remitToSuperior", "上缴上级支出", "上缴上级支出"),
                    Concept.of("expenditure.operating", "经营支出", "经营支出"),
                    Concept.of("expenditure.subsidiarySubsidy", "对附属单位补助支出", "对附属单位补助支出"),
                    Concept.of("expenditure.carryoverEnd", "年末结转和结余|年末结转结余|年末结转", "年末结转和结余"))),
            entry("APPROPRIATION_OVERVIEW", List.of(
                    Concept.of("appropriation.total", "财政拨款(?:" + TOTAL_WORDS + ")|" + TOTAL_WORDS, "财政拨款收、支总计"),
                    PROJECT_CHANGE)),
            entry("GPB_EXPENDITURE", gpbExpenditure()),
            entry("GPB_EXPENDITURE_TOTAL", gpbExpenditure()),
            entry("GPB_EXPENDITURE_STRUCTURE", gpbExpenditure()),
            entry("GPB_EXPENDITURE_DETAIL", gpbExpenditure()),
            entry("GPB_BASIC_EXPENDITURE", List.of(
                    Concept.of("gpb.basic", GPB + "基本支出|基本支出", "一般公共预算财政拨款基本支出"),
                    Concept.of("gpb.basic.personnel", "人员经费", "人员经费"),
                    Concept.of("gpb.basic.public", "日常公用经费|公用经费", "公用经费"))),
            entry("THREE_PUBLIC", List.of(
                    Concept.of("threePublic.total", QUOTE + "三公" + QUOTE + "经费(?:财政拨款)?(?:支出)?(?:决算)?",
                            "“三公”经费财政拨款支出"),
                    Concept.of("threePublic.vehicle", "公务用车购置及运行(?:维护)?费?(?:支出)?", "公务用车购置及运行维护费"),
                    Concept.of("threePublic.vehiclePurchase", "公务用车购置(?:费|支出)", "公务用车购置费"),
                    Concept.of("threePublic.vehicleOperation", "公务用车运行(?:维护)?(?:费|支出)", "公务用车运行维护费"),
                    Concept.of("threePublic.outbound", "因公出国（境）(?:经)?费?", "因公出国（境）费"),
                    Concept.of("threePublic.reception", "公务接待费", "公务接待费"))),
            entry("GOV_FUND", List.of(
                    Concept.of("govFund.expenditure", "政府性基金预算(?:财政)?(?:拨款)?(?:支出)?", "政府性基金预算财政拨款支出"))),
            entry("STATE_CAPITAL", List.of(
                    Concept.of("stateCapital.expenditure", "国有资本经营预算(?:财政)?(?:拨款)?(?:支出)?",
                            "国有资本经营预算财政拨款支出"))),
            entry("OPERATING_COSTS", List.of(
                    Concept.of("operatingCosts", "机关运行经费", "机关运行经费"))),
            entry("PROCUREMENT", List.of(
                    Concept.of("procurement.total", "政府采购支出总额|政府采购总额|政府采购金额|政府采购支出", "政府采购支出总额"),
                    Concept.of("procurement.sme", "授予中小企业合同金额|中小企业合同金额"
                            + "|预留的?政府采购项目中，由中小企业供应商中标或成交的，采购金额", "授予中小企业合同金额"),
                    Concept.of("procurement.micro", "授予小微企业合同金额|小微企业合同金额"
                            + "|预留的?政府采购项目中，由小微企业供应商中标或成交的，采购金额", "授予小微企业合同金额"),
                    Concept.of("procurement.goods", "货物(?:支出)?", "政府采购货物支出"),
                    Concept.of("procurement.works", "工程(?:支出)?", "政府采购工程支出"),
                    Concept.of("procurement.services", "服务(?:支出)?", "政府采购服务支出"))));

    private ConceptLexicon() {
    }

    private static List<Concept> gpbExpenditure() {
        return List.of(Concept.of("gpb.expenditure", GPB + "支出(?:决算数?)?|" + GPB, "一般公共预算财政拨款支出"),
                PROJECT_CHANGE);
    }

    static List<Concept> forSection(SectionKind kind) {
        return BY_SECTION.getOrDefault(kind.name(), List.of());
    }

    static List<Concept> previousYear() {
        return BY_SECTION.get(PREVIOUS_YEAR);
    }
}
