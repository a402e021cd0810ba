package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report.* facts, placed where the report first states them: the department's name, the fiscal year
 * ({@code 2021年度} / {@code 2024 年度}), the kind (部门决算 / 单位决算). A value the text never states (a name
 * taken from the file name) gives no fact, since a fact needs a place.
 */
public final class IdentityFacts {
    private IdentityFacts() {
    }

    public static List<Fact> of(ReportInfo info, String text, List<Block> blocks) {
        ReportText report = new ReportText(text, blocks, List.of());
        List<Fact> facts = new ArrayList<>();
        if (info.department() != null) {
            place(text, Pattern.quote(info.department())).ifPresent(m ->
                    facts.add(fact(report, "report.department", info.department(), m)));
        }
        if (info.fiscalYear() != null) {
            place(text, info.fiscalYear() + "\\s*年度?").ifPresent(m ->
                    facts.add(fact(report, "report.fiscalYear", info.fiscalYear(), m)));
        }
        if (info.kind() != null && info.kind().endsWith("决算")) { // the contract's kinds; a 部门预算 is no 决算
            place(text, Pattern.quote(info.kind())).ifPresent(m -> facts.add(fact(report, "report.kind", info.kind(), m)));
        }
        return facts;
    }

    private static java.util.Optional<int[]> place(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? java.util.Optional.of(new int[]{m.start(), m.end()}) : java.util.Optional.empty();
    }

    private static Fact fact(ReportText report, String key, Object value, int[] span) {
        return new Fact(key, null, null, value, null, report.text().substring(span[0], span[1]), "narrative",
                report.provenance(null, span[0], span[1]));
    }
}
