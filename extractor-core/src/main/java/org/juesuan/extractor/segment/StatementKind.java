package org.juesuan.extractor.segment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The standard 决算表 by title. {@link #id()} is the table kind of the facts contract (docs/facts.md):
 * Shanghai's nine tables use the contract's nine kinds; Sichuan's fourteen add five more (明细表, 项目支出,
 * 政府性基金 "三公", and a 国有资本经营 table of expenditure only beside the 收入支出 one); other provinces' titles
 * for the same tables (Yunnan's 收入支出决算表, 财政拨款“三公”经费、行政参公单位机关运行经费情况表) are matched to
 * these kinds. Titles are matched in their compact form without number or trailing note, e.g.
 * {@code 十二、政府性基金预算财政拨款“三公”经费支出决算表（无数据）}.
 */
public enum StatementKind {
    INCOME_EXPENDITURE_SUMMARY("incomeExpenditureSummary", "收入支出决算总?表", "收入支出决算总表"),
    INCOME("income", "收入(决算|总)表", "收入决算表"),
    EXPENDITURE("expenditure", "支出(决算|总)表", "支出决算表"),
    APPROPRIATION_SUMMARY("appropriationSummary", "财政拨款收入支出决算总?表", "财政拨款收入支出决算总表"),
    APPROPRIATION_DETAIL("appropriationDetail", "财政拨款支出决算明细表", "财政拨款支出决算明细表"),
    // Yunnan's 一般公共预算财政拨款收入支出决算表 is this table with its carry-over columns
    GPB_EXPENDITURE("gpbExpenditure", "一般公共预算财政拨款(收入)?支出决算表", "一般公共预算财政拨款支出决算表"),
    GPB_DETAIL("gpbDetail", "一般公共预算财政拨款支出决算明细表", "一般公共预算财政拨款支出决算明细表"),
    GPB_BASIC("gpbBasic", "一般公共预算财政拨款基本支出决算(明细)?表", "一般公共预算财政拨款基本支出决算表"),
    GPB_PROJECT("gpbProject", "一般公共预算财政拨款项目支出决算表", "一般公共预算财政拨款项目支出决算表"),
    // Yunnan: 财政拨款“三公”经费、行政参公单位机关运行经费情况表
    THREE_PUBLIC("threePublic", "(一般公共预算)?财政拨款\"?三公\"?经费(、?行政参公单位机关运行经费)?(支出决算|支出情况|情况)表",
            "财政拨款\"三公\"经费支出决算表"),
    GOV_FUND("govFund", "政府性基金预算财政拨款(收入)?支出决算表", "政府性基金预算财政拨款收入支出决算表"),
    GOV_FUND_THREE_PUBLIC("govFundThreePublic", "政府性基金预算财政拨款\"?三公\"?经费支出决算表",
            "政府性基金预算财政拨款\"三公\"经费支出决算表"),
    STATE_CAPITAL("stateCapital", "国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"),
    STATE_CAPITAL_EXPENDITURE("stateCapitalExpenditure", "国有资本经营预算财政拨款支出决算表",
            "国有资本经营预算财政拨款支出决算表");

    private static final Map<String, StatementKind> PRINTED = Arrays.stream(values())
            .collect(Collectors.toMap(k -> k.printed, k -> k, (a, b) -> a, LinkedHashMap::new));

    private final String id;
    private final Pattern title;
    /** The title as the national template prints it (compact), for titles a conversion garbled. */
    private final String printed;

    StatementKind(String id, String title, String printed) {
        this.id = id;
        this.title = Pattern.compile(title);
        this.printed = printed;
    }

    public String id() {
        return id;
    }

    /** The kind whose {@link #id()} this is (a section's {@code tableKind}, a table's {@code kind}). */
    public static StatementKind ofId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no statement kind " + id));
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

    /**
     * The kind whose title these garbled or truncated words stand for ({@code 出决算表}: 支出决算表), when only one
     * is that close ({@link ClosestWords}); never a guess between two.
     */
    static Optional<StatementKind> ofGarbledTitle(String compactWords) {
        return ClosestWords.closest(compactWords, PRINTED);
    }
}
