package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code print.anomaly}: a figure printed with a stray character between its number and its unit (seed 001's
 * {@code 16.19*%}). The value is read all the same; the reader should look at the printed figure twice.
 */
public final class PrintAnomalyRule implements Rule {
    private static final Pattern STRAY = Pattern.compile("\\d\\s*[*＊#＃?？]+\\s*(?:%|％|万|亿|元)");

    @Override
    public String id() {
        return "print.anomaly";
    }

    @Override
    public String severity() {
        return WARNING;
    }

    @Override
    public String description() {
        return "a figure printed with a stray character between its number and its unit (16.19*%)";
    }

    @Override
    public String tolerance() {
        return "textual";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f.raw() != null && STRAY.matcher(f.raw()).find()) {
                findings.add(Findings.of(this,
                        Findings.name(f) + " 印为“" + f.raw() + "”，数字与单位之间有多余字符",
                        Findings.name(f) + " is printed \"" + f.raw() + "\" with a stray character between number and unit",
                        null, List.of(f)));
            }
        }
        return findings;
    }
}
