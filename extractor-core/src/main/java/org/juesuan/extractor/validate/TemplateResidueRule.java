package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code template.residue}: template wording left in a published report, read from the text windows of its facts:
 * placeholders ({@code XX}, {@code ××}, a three-digit year {@code 202 年度}) and both alternatives of a direction
 * ({@code 增加/减少}, {@code 下降（增长）}).
 */
public final class TemplateResidueRule implements Rule {
    private static final Pattern RESIDUE = Pattern.compile(
            "[XＸ]{2,}|[×]{2,}|(?<![0-9])20[0-9]\\s*年|(?:增加|增长|上升|减少|下降)\\s*[/／（(]\\s*(?:增加|增长|上升|减少|下降)");

    @Override
    public String id() {
        return "template.residue";
    }

    @Override
    public String severity() {
        return WARNING;
    }

    @Override
    public String description() {
        return "template wording left in the text around a figure: XX/×× placeholders, a 3-digit year (202 年度), "
                + "both direction words (增加/减少, 下降（增长）)";
    }

    @Override
    public String tolerance() {
        return "none (a textual match)";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact f : facts.facts()) {
            if (f.provenance() == null || f.provenance().text() == null || f.key().startsWith("report.")) {
                continue;
            }
            Matcher m = RESIDUE.matcher(f.provenance().text());
            while (m.find()) {
                String where = f.provenance().section() + "|" + m.group();
                if (!seen.add(where)) {
                    continue;
                }
                findings.add(Findings.of(this,
                        "模板残留 “" + m.group() + "” 出现在 " + Findings.name(f) + " 附近",
                        "template residue \"" + m.group() + "\" next to " + Findings.name(f),
                        null, List.of(f)));
            }
        }
        return findings;
    }
}
