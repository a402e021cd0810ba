package org.juesuan.extractor.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A report's title read into its parts: the name printed before the year ({@code 中共某某市委宣传部2021年度部门决算})
 * or after it ({@code 2022年度某某市人民医院单位决算}), the year, the kind of document and the unit marker
 * ({@code 某某区交通局（本级）2023年度决算公开说明}: name 某某区交通局, scope 本级, kind 决算). The names are the
 * text as printed in those places; whether one names an organization is for {@link ReportIdentity} to judge.
 */
record ReportTitle(String before, String after, int year, String kind, String scope) {
    private static final Pattern SCOPE = Pattern.compile("[（(](本级|汇总)[）)]");
    /** Longer kinds first: 决算草案 before 决算, 部门决算 before 决算. */
    private static final String KINDS = "部门决算|单位决算|部门预算|单位预算|决算草案|预算草案|决算|预算";
    private static final Pattern TITLE = Pattern.compile(
            "(?<before>.{0,40}?)(?<year>(?:19|20)\\d{2})年度?(?<after>.{0,40}?)(?<kind>" + KINDS + ")"
                    + "(?=(?:信息)?(?:公开)?(?:收支)?(?:情况)?(?:说明|报告|报表|公开表|表)?(?:的报告|的说明)?$)");
    /** What a title adds around the name: {@code 关于…}, {@code 财政}/{@code 本级}/{@code 市级} before the kind. */
    private static final Pattern LEAD = Pattern.compile("^关于");
    private static final Pattern TAIL = Pattern.compile("的?(?:财政|本级|全?[省市区县]级)*$");

    /**
     * The title in these compact words ({@link HeadingWords#compact}), if they hold a year and end in a kind and
     * what a title prints after it ({@code 公开}, {@code 情况说明}, {@code 表}, {@code 的报告}): a heading that only
     * mentions a kind on its way ({@code 2022年度“三公”经费预算…}) is no title.
     */
    static Optional<ReportTitle> parse(String compactWords) {
        Matcher marker = SCOPE.matcher(compactWords);
        String scope = null;
        String words = compactWords;
        if (marker.find()) {
            scope = marker.group(1);
            words = words.substring(0, marker.start()) + words.substring(marker.end());
        }
        Matcher m = TITLE.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = TAIL.matcher(LEAD.matcher(m.group("before")).replaceFirst("")).replaceFirst("");
        String after = TAIL.matcher(m.group("after")).replaceFirst("");
        return Optional.of(new ReportTitle(before, after, Integer.parseInt(m.group("year")), m.group("kind"), scope));
    }

    /** The names the title may give, in the order they are tried: the one before the year, then the one after. */
    List<String> names() {
        return Stream.of(before, after).filter(n -> !n.isEmpty()).toList();
    }

    /** A whole-government account (决算草案, 预算草案) is a region's, not an organization's. */
    boolean ofGovernment() {
        return kind.endsWith("草案");
    }
}
