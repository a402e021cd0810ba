package org.juesuan.extractor.segment;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The standard 决算表 by title. {@link #id()} is the table kind of the facts contract (shared/spec/facts.md):
 * Shanghai's nine tables use the contract's nine kinds; Sichuan's fourteen add five more (明细表, 项目支出,
 * 政府性基金 "三公", and a 国有资本经营 table of expenditure only beside the 收入支出 one). Titles are matched in
 * their compact form without number or trailing note, e.g. {@code 十二、政府性基金预算财政拨款“三公”经费支出决算表（无数据）}.
 */
public enum StatementKind {
    INCOME_EXPENDITURE_SUMMARY("incomeExpenditureSummary", "收入支出决算总表"),
    INCOME("income", "收入(决算|总)表"),
    EXPENDITURE("expenditure", "支出(决算|总)表"),
    APPROPRIATION_SUMMARY("appropriationSummary", "财政拨款收入支出决算总表"),
    APPROPRIATION_DETAIL("appropriationDetail", "财政拨款支出决算明细表"),
    GPB_EXPENDITURE("gpbExpenditure", "一般公共预算财政拨款支出决算表"),
    GPB_DETAIL("gpbDetail", "一般公共预算财政拨款支出决算明细表"),
    GPB_BASIC("gpbBasic", "一般公共预算财政拨款基本支出决算(明细)?表"),
    GPB_PROJECT("gpbProject", "一般公共预算财政拨款项目支出决算表"),
    THREE_PUBLIC("threePublic", "(一般公共预算)?财政拨款\"?三公\"?经费支出决算表"),
    GOV_FUND("govFund", "政府性基金预算财政拨款(收入)?支出决算表"),
    GOV_FUND_THREE_PUBLIC("govFundThreePublic", "政府性基金预算财政拨款\"?三公\"?经费支出决算表"),
    STATE_CAPITAL("stateCapital", "国有资本经营预算财政拨款收入支出决算表"),
    STATE_CAPITAL_EXPENDITURE("stateCapitalExpenditure", "国有资本经营预算财政拨款支出决算表");

    private final String id;
    private final Pattern title;

    StatementKind(String id, String title) {
        this.id = id;
        this.title = Pattern.compile(title);
    }

    public String id() {
        return id;
    }

    /**
     * The kind a title line names, numbered or not and with or without its unit
     * ({@code 二、收入决算表}, {@code 收入决算表 单位：万元}); for titles printed inside a table, as spreadsheets do.
     */
    public static Optional<StatementKind> ofTitleLine(String line) {
        String title = StatementTitle.UNIT.matcher(line).replaceFirst("").strip();
        if (title.isEmpty() || title.length() > 60) {
            return Optional.empty();
        }
        HeadingMarker marker = HeadingMarker.parse(title);
        String words = HeadingWords.compact(HeadingCandidate.titleWords(title.substring(marker.length())));
        Optional<StatementKind> kind = ofTitle(words);
        // a 附表 on its own is often titled with its number, the unit and the year: 附表1 / XX局2021年度部门收入支出决算总表
        return kind.isPresent() ? kind : ofTitle(TITLE_PREFIX.matcher(words).replaceFirst(""));
    }

    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(?:(?:附表|附件|公开表|表)[\\d一二三四五六七八九十]+[：:、.．\\-—]?)?(?:.*?\\d{4}年度?)?(?:部门|单位)?");

    /** The kind whose title is exactly these compact words (see {@link HeadingWords#compact}). */
    static Optional<StatementKind> ofTitle(String compactWords) {
        return Arrays.stream(values()).filter(k -> k.title.matcher(compactWords).matches()).findFirst();
    }
}
