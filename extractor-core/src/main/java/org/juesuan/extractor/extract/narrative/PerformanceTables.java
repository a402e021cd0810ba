package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.Section;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * performance.project.* facts from the 项目绩效 tables Sichuan reports attach, read as one stream of cells (a
 * table's cells row by row; a table a document flattened into one short paragraph per cell reads the same):
 * the project's name (the cell after 项目名称, or the （…） of a 项目绩效目标自评（…） / 自评报告（…） title) and its
 * budget, executed amount and rate (the cells after 年度资金总额: 全年预算数, 实际完成数, 执行率; or the number
 * after 预算数： and after 执行数：), in 万元 as those tables state. A name serves one table; figures with no name
 * before them give no facts. In a PDF's text lines (a table the reader could not rebuild) only a title's name is
 * taken: a name beside its label may be cut by the cell's wrapping, and a wrong name is worse than none; cells of a
 * rebuilt table are whole and trusted.
 */
public final class PerformanceTables {
    private static final Pattern NAME_LABEL = Pattern.compile("^(?:部门预算)?项目名称[:：]?$");
    /** The label and the name in one line, as a PDF prints a two-cell row: 部门预算项目名称 专委会业务费. */
    private static final Pattern NAME_LINE = Pattern.compile("^(?:部门预算)?项目名称[:：]?\\s+(\\S.{1,38})$");
    private static final Pattern NAME_IN_TITLE = Pattern.compile("自评(?:表|报告)?[（(]([^（）()]{2,40})[）)]");
    private static final Pattern SELF_EVALUATION_TITLE = Pattern.compile("自评(?:表|报告)?$");
    /** A title's name on a line of its own: 2021年专项预算项目支出绩效自评报告 / （业务运行费）. */
    private static final Pattern NAME_ALONE = Pattern.compile("^[（(]([^（）()]{2,40})[）)]$");
    /** Header words that stand where a name would: 项目名称 | 具体指标. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:指标|内容|情况|名称)$|[：:]");
    private static final Pattern AMOUNTS = Pattern.compile("-?\\d+(?:\\.\\d+)?%?");
    /** Both figures in one line, as a PDF prints the row: 预算数： 4.85 执行数： 4.85. */
    private static final Pattern BUDGET_AND_EXECUTED = Pattern.compile(
            "预算数[：:]\\s*(-?\\d+(?:\\.\\d+)?)\\s*执行数[：:]\\s*(-?\\d+(?:\\.\\d+)?)");
    /** A title a narrow PDF column wraps over several short lines is read joined. */
    private static final int TITLE_LINES = 8;
    private static final int TITLE_LINE_LENGTH = 14;
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");
    private static final Pattern PERCENT = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\s*%$");
    /** Cells are short; a long paragraph is prose and ends a flattened table. */
    private static final int MAX_CELL = 40;

    /** {@code paged}: a PDF text line, where a narrow cell wraps and a name beside its label may be cut short. */
    private record Item(String text, int start, boolean paged) {
        Item(String text, int start) {
            this(text, start, false);
        }
    }

    public List<Fact> extract(String text, List<Block> blocks, List<Section> sections) {
        return extract(new ReportText(text, blocks, sections), blocks);
    }

    private List<Fact> extract(ReportText report, List<Block> blocks) {
        List<Item> items = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof TableBlock table) {
                for (TableRow row : table.rows()) {
                    for (TableCell cell : row.cells()) {
                        items.add(new Item(cell.text(), cell.start()));
                    }
                }
            } else if (block instanceof ParagraphBlock p) {
                items.add(new Item(p.text(), p.start(), p.page() != null));
            }
        }
        List<Fact> facts = new ArrayList<>();
        String project = null;
        ArrayDeque<String> shortLines = new ArrayDeque<>();
        String previous = "";
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i).text().replace(" ", "");
            if (text.isEmpty()) {
                continue; // an empty cell between a title's two rows
            }
            String before = previous;
            previous = text;
            Matcher title = NAME_IN_TITLE.matcher(text);
            if (title.find()) {
                project = title.group(1);
                continue;
            }
            if (text.isEmpty() || text.length() > TITLE_LINE_LENGTH) {
                shortLines.clear();
            } else {
                shortLines.addLast(text);
                if (shortLines.size() > TITLE_LINES) {
                    shortLines.removeFirst();
                }
                Matcher wrappedTitle = text.endsWith("）") ? NAME_IN_TITLE.matcher(String.join("", shortLines)) : null;
                if (wrappedTitle != null && wrappedTitle.find()) {
                    project = wrappedTitle.group(1);
                    shortLines.clear();
                    continue;
                }
            }
            Matcher line = NAME_LINE.matcher(items.get(i).text().strip());
            if (line.matches() && !items.get(i).paged() && !NOT_A_NAME.matcher(line.group(1)).find()) {
                project = line.group(1).strip();
                continue;
            }
            Matcher alone = NAME_ALONE.matcher(text);
            if (alone.matches() && SELF_EVALUATION_TITLE.matcher(before).find()) {
                project = alone.group(1);
                continue;
            }
            if (NAME_LABEL.matcher(text).matches() && !items.get(i).paged() && i + 1 < items.size() && isCell(items.get(i + 1))
                    && !NOT_A_NAME.matcher(items.get(i + 1).text().strip()).find()) {
                project = items.get(i + 1).text().strip();
                continue;
            }
            if (project == null || text.length() > MAX_CELL) {
                continue;
            }
            if (text.startsWith("年度资金总额")) {
                List<Item> values = inSameItem(items.get(i));
                if (values.isEmpty()) {
                    values = nextNonBlank(items, i + 1, 3);
                }
                if (values.size() == 3 && money(report, "performance.project.budget", project, values.get(0), facts)) {
                    money(report, "performance.project.executed", project, values.get(1), facts);
                    percent(report, project, values.get(2), facts);
                    project = null; // a name belongs to one table
                }
            } else if (BUDGET_AND_EXECUTED.matcher(items.get(i).text()).find()) {
                Matcher both = BUDGET_AND_EXECUTED.matcher(items.get(i).text());
                both.find();
                Item item = items.get(i);
                money(report, "performance.project.budget", project,
                        new Item(both.group(1), item.start() + both.start(1)), facts);
                money(report, "performance.project.executed", project,
                        new Item(both.group(2), item.start() + both.start(2)), facts);
                project = null; // a name belongs to one table
            } else if (text.startsWith("预算数")) {
                nextNonBlank(items, i + 1, 1).forEach(v -> money(report, "performance.project.budget", null, v, facts));
                fillCode(facts, project);
            } else if (text.startsWith("执行数")) {
                nextNonBlank(items, i + 1, 1).forEach(v -> money(report, "performance.project.executed", null, v, facts));
                fillCode(facts, project);
                project = null; // a name belongs to one table
            }
        }
        return facts;
    }

    /** The figures printed in the label's own line (a PDF line 年度资金总额： 55 52.41 95.29%), as items. */
    private static List<Item> inSameItem(Item item) {
        List<Item> values = new ArrayList<>();
        int colon = Math.max(item.text().indexOf('：'), item.text().indexOf(':'));
        if (colon < 0) {
            return values;
        }
        Matcher m = AMOUNTS.matcher(item.text());
        m.region(colon + 1, item.text().length());
        while (m.find()) {
            values.add(new Item(m.group(), item.start() + m.start()));
        }
        return values.size() == 3 ? values : List.of();
    }

    private static boolean isCell(Item item) {
        return !item.text().isBlank() && item.text().length() <= MAX_CELL;
    }

    private static List<Item> nextNonBlank(List<Item> items, int from, int count) {
        List<Item> found = new ArrayList<>();
        for (int j = from; j < items.size() && found.size() < count; j++) {
            if (!items.get(j).text().isBlank()) {
                found.add(items.get(j));
            }
        }
        return found;
    }

    /** Sets the project on a fact just added without one. */
    private static void fillCode(List<Fact> facts, String project) {
        int last = facts.size() - 1;
        if (last >= 0 && facts.get(last).code() == null) {
            Fact f = facts.get(last);
            facts.set(last, new Fact(f.key(), project, project, f.value(), f.unit(), f.raw(), f.source(), f.provenance()));
        }
    }

    private static boolean money(ReportText report, String key, String project, Item item, List<Fact> facts) {
        String raw = item.text().strip();
        if (!NUMBER.matcher(raw).matches()) {
            return false;
        }
        int start = item.start() + item.text().indexOf(raw);
        facts.add(new Fact(key, project, project, new BigDecimal(raw).movePointRight(4), "yuan", raw, "narrative",
                report.provenance(null, start, start + raw.length())));
        return true;
    }

    private static void percent(ReportText report, String project, Item item, List<Fact> facts) {
        String raw = item.text().strip();
        Matcher m = PERCENT.matcher(raw);
        if (m.matches()) {
            int start = item.start() + item.text().indexOf(raw);
            facts.add(new Fact("performance.project.rate", project, project, new BigDecimal(m.group(1)), "percent", raw,
                    "narrative", report.provenance(null, start, start + raw.length())));
        }
    }
}
