package org.juesuan.extractor.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of a side-by-side summary table (收入支出决算总表, 财政拨款收入支出决算总表) by their label, in the facts
 * contract's words: 本年收入合计 is {@code income.total}, 年末结转和结余 {@code expenditure.carryoverEnd}, 总计 on the
 * income side {@code total.income}. The fund rows printed under 年初财政拨款结转和结余 are its parts
 * ({@code income.carryoverBegin.gpb}). A 类 of expenditure is not here: it is a code row.
 */
final class SummaryRows {
    private record Rule(Pattern label, String key) {
    }

    private static final List<Rule> INCOME = List.of(
            rule("本年收入合计", "income.total"),
            rule("使用非财政拨款结余", "income.nonAppropriationBalance"),
            rule("年初.*结转", "income.carryoverBegin"),
            rule("^总计$", "total.income"),
            rule("一般公共预算财政拨款", "income.gpbAppropriation"),
            rule("政府性基金预算财政拨款", "income.govFundAppropriation"),
            rule("国有资本经营预算财政拨款", "income.stateCapitalAppropriation"),
            rule("^财政拨款收入$", "income.appropriation"),
            rule("上级补助收入", "income.superiorSubsidy"),
            rule("事业收入", "income.business"),
            rule("经营收入", "income.operating"),
            rule("附属单位上缴收入", "income.subsidiaryRemittance"),
            rule("其他收入", "income.other"));

    private static final List<Rule> EXPENDITURE = List.of(
            rule("本年支出合计", "expenditure.total"),
            rule("结余分配", "expenditure.balanceDistribution"),
            rule("年末.*结转", "expenditure.carryoverEnd"),
            rule("^总计$", "total.expenditure"),
            rule("^基本支出$", "expenditure.basic"),
            rule("^项目支出$", "expenditure.project"),
            rule("上缴上级支出", "expenditure.remitToSuperior"),
            rule("经营支出", "expenditure.operating"),
            rule("对附属单位补助支出", "expenditure.subsidiarySubsidy"));

    private static final Pattern FUND = Pattern.compile("^(一般公共预算|政府性基金预算|国有资本经营预算)财政拨款");

    private SummaryRows() {
    }

    /**
     * The key of a row on one side. {@code underCarryover}: the row follows the side's 年初…结转和结余 row, where a
     * fund's name is a part of the carry-over, not an income.
     */
    static Optional<String> keyOf(String side, String label, boolean underCarryover) {
        if ("income".equals(side) && underCarryover && FUND.matcher(label).find()) {
            return Optional.of("income.carryoverBegin." + fund(label));
        }
        if ("expenditure".equals(side) && underCarryover && FUND.matcher(label).find()) {
            return Optional.of("expenditure.carryoverEnd." + fund(label));
        }
        List<Rule> rules = "income".equals(side) ? INCOME : EXPENDITURE;
        return rules.stream().filter(r -> r.label.matcher(label).find()).map(Rule::key).findFirst();
    }

    private static String fund(String label) {
        return label.startsWith("一般公共预算") ? "gpb" : label.startsWith("政府性基金") ? "govFund" : "stateCapital";
    }

    private static Rule rule(String label, String key) {
        return new Rule(Pattern.compile(label), key);
    }
}
