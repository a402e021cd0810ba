package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.model.TableBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report.* facts, placed where the report first states them: the department's name, the fiscal year
 * ({@code 2021年度} / {@code 2024 年度}), the kind (部门决算 / 单位决算, or what else the title calls the
 * document, see {@link ReportInfo}). A value the text never states (a name
 * taken from the file name) gives no fact, since a fact needs a place.
 */
public final class IdentityFacts {
    private IdentityFacts() {
    }

    public static List<Fact> of(ReportInfo info, String text, List<Block> blocks) {
        ReportText report = new ReportText(text, blocks, List.of());
        List<Fact> facts = new ArrayList<>();
        if (info.department() != null) {
            place(text, blocks, Pattern.quote(info.department())).ifPresent(m ->
                    facts.add(fact(report, "report.department", info.department(), m)));
        }
        if (info.fiscalYear() != null) {
            place(text, blocks, info.fiscalYear() + "\\s*年度?").ifPresent(m ->
                    facts.add(fact(report, "report.fiscalYear", info.fiscalYear(), m)));
        }
        if (info.kind() != null && info.kind().endsWith("决算")) { // a 部门预算 or 决算草案 is no report of final accounts
            place(text, blocks, Pattern.quote(info.kind())).ifPresent(m -> facts.add(fact(report, "report.kind", info.kind(), m)));
        }
        return facts;
    }

    /**
     * The first statement of the value outside a table, or else the first one: a web page's metadata table
     * ({@code 发布机构 某某市水务局}) may name the department before the title does.
     */
    private static java.util.Optional<int[]> place(String text, List<Block> blocks, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int[] first = null;
        while (m.find()) {
            int[] span = {m.start(), m.end()};
            if (!inTable(blocks, span[0])) {
                return java.util.Optional.of(span);
            }
            if (first == null) {
                first = span;
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    private static boolean inTable(List<Block> blocks, int offset) {
        return blocks.stream().anyMatch(b -> b instanceof TableBlock && b.start() <= offset && offset < b.end());
    }

    private static Fact fact(ReportText report, String key, Object value, int[] span) {
        return new Fact(key, null, null, value, null, report.text().substring(span[0], span[1]), "narrative",
                report.provenance(null, span[0], span[1]));
    }
}
