package org.juesuan.extractor.cli.view;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.Provenance;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.model.Section;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One report as a self-contained HTML page: a header with the report's identity, the sections as a table of
 * contents, the text with every fact marked ({@link DocumentBody}), the findings (each {@code data-finding="<index>"}
 * naming the facts and reading units it involves, which the script highlights on a click) and a search over the facts.
 */
final class ReportPage {
    private static final String CSS = Html.resource("view.css");
    private static final String SCRIPT = Html.resource("report.js");

    private ReportPage() {
    }

    /** The page; {@code indexHref} links back to a folder's index, null for a page on its own. */
    static String render(ReportDocument report, String indexHref) {
        DocumentBody body = new DocumentBody(report);
        String text = body.render();
        StringBuilder out = new StringBuilder(text.length() * 2 + 100_000);
        Html.head(out, title(report.report()), CSS);
        out.append("<body>\n");
        header(out, report, indexHref);
        out.append("<div class=\"layout\">\n<nav class=\"toc\"><details open><summary>目录 Contents</summary>\n");
        toc(out, report.sections());
        out.append("</details></nav>\n<main id=\"doc\" class=\"doc\">\n").append(text).append("</main>\n");
        out.append("<aside class=\"side\">\n");
        findings(out, report, body);
        facts(out, report);
        out.append("</aside>\n</div>\n");
        out.append("<div id=\"detail\" class=\"detail\" hidden><button type=\"button\" class=\"close\" ")
                .append("aria-label=\"关闭 close\">×</button><div class=\"detail-body\"></div></div>\n");
        out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    static String title(ReportInfo info) {
        StringBuilder out = new StringBuilder(info.department() == null ? "（单位未识别）" : info.department());
        if (info.fiscalYear() != null) {
            out.append(' ').append(info.fiscalYear()).append("年度");
        }
        if (info.kind() != null) {
            out.append(' ').append(info.kind());
        }
        return out.toString();
    }

    private static void header(StringBuilder out, ReportDocument report, String indexHref) {
        out.append("<header class=\"top\">\n");
        if (indexHref != null) {
            out.append("<a class=\"back\" href=\"").append(Html.escape(indexHref)).append("\">← 全部报告 All reports</a>\n");
        }
        out.append("<h1>").append(Html.escape(title(report.report())));
        if (report.report().template()) {
            out.append(" <span class=\"badge\">空白模板 template</span>");
        }
        out.append("</h1>\n<p class=\"meta\">");
        if (report.source() != null) {
            out.append(Html.escape(report.source().fileName()));
            if (report.source().pages() != null) {
                out.append(" · ").append(report.source().pages()).append(" 页");
            }
            out.append(" · ");
        }
        long table = report.facts().stream().filter(f -> "table".equals(f.source())).count();
        out.append(report.facts().size()).append(" 项数据 facts (").append(report.facts().size() - table)
                .append(" 情况说明, ").append(table).append(" 决算表) · ").append(report.findings().size())
                .append(" 条发现 findings</p>\n<p class=\"legend\"><mark class=\"f k-money\">金额 money</mark> ")
                .append("<mark class=\"f k-percent\">百分比 percent</mark> <mark class=\"f k-count\">数量 count</mark> ")
                .append("<mark class=\"f k-text\">单位·年度 identity</mark> <mark class=\"f k-money coded\">带科目编码 with code</mark>")
                .append("</p>\n</header>\n");
    }

    private static void toc(StringBuilder out, List<Section> sections) {
        if (sections.isEmpty()) {
            return;
        }
        out.append("<ul>\n");
        for (Section section : sections) {
            out.append("<li><a href=\"#sec-").append(Html.escape(section.id())).append("\">")
                    .append(Html.escape(section.title())).append("</a>");
            toc(out, section.children());
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void findings(StringBuilder out, ReportDocument report, DocumentBody body) {
        List<Finding> findings = report.findings();
        out.append("<section class=\"panel findings\"><details open><summary>发现 Findings (").append(findings.size())
                .append(")</summary>\n");
        if (findings.isEmpty()) {
            out.append("<p class=\"none\">没有发现 No findings.</p>\n");
        }
        Map<String, Integer> factIndex = factIndex(report.facts());
        out.append("<ol>\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Set<Integer> facts = new LinkedHashSet<>();
            for (Fact fact : finding.facts()) {
                Integer index = factIndex.get(identity(fact));
                if (index != null) {
                    facts.add(index);
                }
            }
            Set<String> units = new LinkedHashSet<>();
            facts.forEach(index -> units.add(body.unitOfFact(index)));
            for (Provenance place : finding.provenance()) {
                String unit = body.unitAt(place.start());
                if (unit != null) {
                    units.add(unit);
                }
            }
            units.remove(null);
            String severity = finding.severity() == null ? "info" : finding.severity().toLowerCase(Locale.ROOT);
            out.append("<li class=\"finding sev-").append(Html.escape(severity)).append("\" data-finding=\"").append(i)
                    .append("\" data-facts=\"").append(join(facts)).append("\" data-units=\"").append(join(units))
                    .append("\">\n<button type=\"button\" aria-pressed=\"false\"><span class=\"sev\">")
                    .append(Html.escape(severity)).append("</span> <code>").append(Html.escape(finding.rule()))
                    .append("</code><span class=\"msg\">").append(Html.escape(finding.message())).append("</span>");
            if (finding.messageEn() != null) {
                out.append("<span class=\"msg-en\">").append(Html.escape(finding.messageEn())).append("</span>");
            }
            out.append("</button>\n<ul class=\"places\">");
            for (Provenance place : finding.provenance()) {
                String unit = body.unitAt(place.start());
                out.append("<li>");
                if (unit != null) {
                    out.append("<a href=\"#").append(unit).append("\">");
                }
                out.append('§').append(Html.escape(place.section() == null ? "?" : place.section()));
                if (place.page() != null) {
                    out.append(" 第").append(place.page()).append("页");
                }
                out.append(" “").append(Html.escape(place.text() == null ? "" : place.text().strip())).append('”');
                if (unit != null) {
                    out.append("</a>");
                }
                out.append("</li>");
            }
            out.append("</ul>\n</li>\n");
        }
        out.append("</ol>\n</details></section>\n");
    }

    private static void facts(StringBuilder out, ReportDocument report) {
        List<Fact> facts = report.facts();
        out.append("<section class=\"panel facts\"><details open><summary>数据 Facts (").append(facts.size())
                .append(")</summary>\n<input type=\"search\" id=\"fact-search\" placeholder=\"搜索：键、科目编码或名称 ")
                .append("key, code, label\" aria-label=\"search facts\" autocomplete=\"off\">\n")
                .append("<p class=\"count\" id=\"fact-count\"></p>\n<ol class=\"fact-list\">\n");
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            String search = String.join(" ", fact.key(), nonNull(fact.code()), nonNull(fact.label()), nonNull(fact.raw()))
                    .toLowerCase(Locale.ROOT);
            out.append("<li class=\"k-").append(FactFormat.kind(fact)).append("\" data-fact-item=\"").append(i)
                    .append("\" data-search=\"").append(Html.escape(search)).append("\"><a class=\"fact-card\" href=\"#f")
                    .append(i).append("\"><span class=\"key\">").append(Html.escape(fact.key())).append("</span>");
            if (fact.code() != null) {
                out.append(" <span class=\"code\">").append(Html.escape(fact.code())).append("</span>");
            }
            if (fact.label() != null) {
                out.append(" <span class=\"label\">").append(Html.escape(fact.label())).append("</span>");
            }
            out.append("<span class=\"val\">").append(Html.escape(FactFormat.value(fact))).append("</span>")
                    .append("<span class=\"raw\">原文 “").append(Html.escape(fact.raw())).append("”</span>")
                    .append("<span class=\"src\">").append(Html.escape(FactFormat.source(fact))).append("</span></a></li>\n");
        }
        out.append("</ol>\n</details></section>\n");
    }

    /** Facts are matched to a finding's copies by what places them: key, source, offsets and raw. */
    private static Map<String, Integer> factIndex(List<Fact> facts) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            index.putIfAbsent(identity(facts.get(i)), i);
        }
        return index;
    }

    private static String identity(Fact fact) {
        Provenance p = fact.provenance();
        return fact.key() + '\u0000' + fact.code() + '\u0000' + fact.source() + '\u0000' + fact.raw() + '\u0000'
                + (p == null ? "" : p.start() + ":" + p.end());
    }

    private static String join(Set<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            if (value != null) {
                out.append(out.isEmpty() ? "" : " ").append(value);
            }
        }
        return out.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
