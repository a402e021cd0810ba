package org.juesuan.extractor.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * From a value column's header words (the headers above it joined, e.g. 本年支出基本支出) to the column's key in
 * the facts contract's words. The first rule that matches wins, so the specific come before the general:
 * 本年支出 / 基本支出 is {@code basic}, not {@code expenditure}.
 */
final class ColumnVocabulary {
    private record Rule(Pattern words, String key) {
    }

    private static final List<Rule> RULES = List.of(
            rule("年初.*结转", "carryoverBegin"),
            rule("年末.*结转", "carryoverEnd"),
            rule("使用非财政拨款结余", "nonAppropriationBalance"),
            rule("基本支出", "basic"),
            rule("项目支出", "project"),
            rule("上缴上级", "remitToSuperior"),
            rule("经营(支出|收入)", "operating"),
            rule("对附属单位补助", "subsidiarySubsidy"),
            rule("附属单位上缴", "subsidiaryRemittance"),
            rule("上级补助", "superiorSubsidy"),
            rule("事业收入", "business"),
            rule("其他收入", "other"),
            rule("一般公共预算财政拨款收入", "gpbAppropriation"),
            rule("政府性基金预算财政拨款收入", "govFundAppropriation"),
            rule("国有资本经营预算财政拨款收入", "stateCapitalAppropriation"),
            rule("财政拨款收入", "appropriation"),
            rule("人员经费", "personnel"),
            rule("公用经费", "public"),
            rule("本年(收入|支出)合计", "total"),
            rule("本年支出", "expenditure"),
            rule("本年收入", "income"),
            rule("一般公共预算", "gpb"),
            rule("政府性基金", "govFund"),
            rule("国有资本经营", "stateCapital"),
            rule("合计|小计|总计", "total"),
            rule("决算数|金额", "amount"),
            rule("预算数", "budget"));

    private ColumnVocabulary() {
    }

    static Optional<String> keyOf(String headerWords) {
        return RULES.stream().filter(r -> r.words.matcher(headerWords).find()).map(Rule::key).findFirst();
    }

    private static Rule rule(String words, String key) {
        return new Rule(Pattern.compile(words), key);
    }
}
