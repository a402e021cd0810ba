package org.juesuan.extractor.extract.table;

import java.util.Optional;

/**
 * From a value column's header words (the headers above it joined, e.g. 本年支出基本支出) to the column's key in
 * the facts contract's words. The first rule that matches wins, so the specific come before the general:
 * 本年支出 / 基本支出 is {@code basic}, not {@code expenditure}.
 */
final class ColumnVocabulary {
    private static final WordRules RULES = new WordRules()
            .add("年初.*结转", "carryoverBegin")
            .add("年末.*结转", "carryoverEnd")
            .add("使用非财政拨款结余", "nonAppropriationBalance")
            .add("基本支出", "basic")
            .add("项目支出", "project")
            .add("上缴上级", "remitToSuperior")
            .add("经营(支出|收入)", "operating")
            .add("对附属单位补助", "subsidiarySubsidy")
            .add("附属单位上缴", "subsidiaryRemittance")
            .add("上级补助", "superiorSubsidy")
            .add("事业收入", "business")
            .add("其他收入", "other")
            .add("一般公共预算财政拨款收入", "gpbAppropriation")
            .add("政府性基金预算财政拨款收入", "govFundAppropriation")
            .add("国有资本经营预算财政拨款收入", "stateCapitalAppropriation")
            .add("财政拨款收入", "appropriation")
            .add("人员经费", "personnel")
            .add("公用经费", "public")
            .add("本年(收入|支出)合计", "total")
            .add("本年支出", "expenditure")
            .add("本年收入", "income")
            .add("一般公共预算", "gpb")
            .add("政府性基金", "govFund")
            .add("国有资本经营", "stateCapital")
            .add("合计|小计|总计", "total")
            .add("决算数|金额", "amount")
            .add("预算数", "budget");

    private ColumnVocabulary() {
    }

    static Optional<String> keyOf(String headerWords) {
        return RULES.keyOf(headerWords);
    }
}
