package org.juesuan.extractor.cli.view;

import java.util.List;

/** The index of a folder of report pages: one row per output record, sortable by any column. */
final class IndexPage {
    /** One output record: its file, its page (null for an error record) and what the index shows of it. */
    record Entry(String file, String href, String department, Integer fiscalYear, String kind, boolean template,
                 Integer facts, Integer findings, Integer errors, String error) {
    }

    private static final String CSS = Html.resource("view.css");
    private static final String SCRIPT = Html.resource("index.js");

    private IndexPage() {
    }

    static String render(String title, List<Entry> entries) {
        StringBuilder out = new StringBuilder(8_000 + entries.size() * 600);
        Html.head(out, title, CSS);
        out.append("<body>\n<header class=\"top\"><h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(entries.size()).append(" 份输出 outputs · 点击列名排序 click a column to sort</p></header>\n")
                .append("<div class=\"index\"><table class=\"reports\">\n<thead><tr>")
                .append("<th>单位 Department</th><th data-type=\"number\">年度 Year</th><th>类型 Kind</th>")
                .append("<th data-type=\"number\">数据 Facts</th><th data-type=\"number\">发现 Findings</th>")
                .append("<th data-type=\"number\">错误 Errors</th><th>文件 File</th></tr></thead>\n<tbody>\n");
        for (Entry entry : entries) {
            out.append("<tr>");
            String department = entry.department() == null
                    ? (entry.error() != null ? "" : entry.template() ? "（空白模板 template）" : "（未识别）")
                    : entry.department();
            out.append("<td data-sort=\"").append(Html.escape(department)).append("\">");
            if (entry.href() != null) {
                out.append("<a href=\"").append(Html.escape(entry.href())).append("\">")
                        .append(Html.escape(department.isEmpty() ? entry.file() : department)).append("</a>");
            } else {
                out.append("<span class=\"err\">无法读取 unreadable: ").append(Html.escape(entry.error())).append("</span>");
            }
            out.append("</td>");
            number(out, entry.fiscalYear());
            text(out, entry.kind());
            number(out, entry.facts());
            number(out, entry.findings());
            number(out, entry.errors());
            text(out, entry.file());
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void number(StringBuilder out, Integer value) {
        String shown = value == null ? "" : value.toString();
        out.append("<td class=\"num\" data-sort=\"").append(shown).append("\">").append(shown).append("</td>");
    }

    private static void text(StringBuilder out, String value) {
        String shown = Html.escape(value == null ? "" : value);
        out.append("<td data-sort=\"").append(shown).append("\">").append(shown).append("</td>");
    }
}
