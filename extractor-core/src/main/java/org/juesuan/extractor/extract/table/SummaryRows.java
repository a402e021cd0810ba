package org.juesuan.extractor.extract.table;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of a side-by-side summary table (收入支出决算总表, 财政拨款收入支出决算总表) by their label, in the facts
 * contract's words: 本年收入合计 is {@code income.total}, 年末结转和结余 {@code expenditure.carryoverEnd}, 总计 on the
 * income side {@code total.income}. The fund rows printed under 年初财政拨款结转和结余 are its parts
 * ({@code income.carryoverBegin.gpb}). A 类 of expenditure is not here: it is a code row.
 */
final class SummaryRows {
    /** table-words.tsv's lists summary.income and summary.expenditure. */
    private static final WordRules INCOME = WordRules.standard("summary.income");
    private static final WordRules EXPENDITURE = WordRules.standard("summary.expenditure");

    private static final Pattern FUND = Pattern.compile("^(一般公共预算|政府性基金预算|国有资本经营预算)财政拨款");

    private SummaryRows() {
    }

    /**
     * The key of a row on one side. {@code underCarryover}: the row follows the side's 年初…结转和结余 row, where a
     * fund's name is a part of the carry-over, not an income.
     */
    static Optional<String> keyOf(String side, String label, boolean underCarryover) {
        boolean income = "income".equals(side);
        if (underCarryover && FUND.matcher(label).find()) {
            return Optional.of((income ? "income.carryoverBegin." : "expenditure.carryoverEnd.") + fund(label));
        }
        return (income ? INCOME : EXPENDITURE).keyOf(label);
    }

    private static String fund(String label) {
        return label.startsWith("一般公共预算") ? "gpb" : label.startsWith("政府性基金") ? "govFund" : "stateCapital";
    }
}
