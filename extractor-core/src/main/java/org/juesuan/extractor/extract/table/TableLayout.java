package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.model.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a 决算表 is laid out: how many rows of headers it has, and per grid column the header words above it, its
 * role (a part of the classification code, the name, or the value key from {@link ColumnVocabulary}), its side
 * in a side-by-side table (收入 left, 支出 right) and its group (a side-by-side table repeats name and value
 * columns; each repetition is a group).
 */
final class TableLayout {
    static final String CLASS = "class";
    static final String KUAN = "kuan";
    static final String ITEM = "item";
    static final String CODE = "code";
    static final String NAME = "name";
    private static final Set<String> LABEL_ROLES = Set.of(CLASS, KUAN, ITEM, CODE, NAME);

    record Column(String role, String header, String side, int group) {
        boolean value() {
            return role != null && !LABEL_ROLES.contains(role);
        }

        boolean label() {
            return role != null && LABEL_ROLES.contains(role);
        }
    }

    static final Pattern AMOUNT = Pattern.compile("^-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$");
    private static final Pattern CODE_CELL = Pattern.compile("^\\d{3}(?:\\d{2}){0,2}$");
    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|本年(?:收入|支出)合计)$");
    private static final Pattern ORDINAL_ITEM = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern CODE_LABEL = Pattern.compile("^[类款项]$");
    private static final Pattern ROW_NUMBERING = Pattern.compile("^(?:栏次|行次|栏号)$");
    private static final Pattern CODE_HEADER = Pattern.compile("编码|代码|科目|分类");
    private static final Pattern NOT_A_HEADER = Pattern.compile("单位[：:]|决算表|^\\(?[\\d.]+年度?\\)?$");

    private final int headerRows;
    private final List<Column> columns;

    private TableLayout(int headerRows, List<Column> columns) {
        this.headerRows = headerRows;
        this.columns = List.copyOf(columns);
    }

    int headerRows() {
        return headerRows;
    }

    List<Column> columns() {
        return columns;
    }

    static TableLayout of(CellGrid grid) {
        int headerRows = 0;
        while (headerRows < grid.height() && !isBodyRow(grid, headerRows)) {
            headerRows++;
        }
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            headers.add(headerWords(grid, headerRows, c));
        }
        List<String> sides = sides(grid, headerRows);
        List<String> roles = new ArrayList<>();
        for (String header : headers) {
            roles.add(role(header));
        }
        labelRolesFromBody(grid, headerRows, roles);
        List<Column> columns = new ArrayList<>();
        int group = 0;
        boolean valuesSinceLabels = false;
        for (int c = 0; c < grid.width(); c++) {
            String role = roles.get(c);
            if (role != null && LABEL_ROLES.contains(role)) {
                // labels again after value columns: the next group of a side-by-side table
                if (valuesSinceLabels && columns.stream().anyMatch(Column::label)) {
                    group++;
                }
                valuesSinceLabels = false;
            } else if (role != null) {
                valuesSinceLabels = true;
            }
            columns.add(new Column(role, headers.get(c), sides.get(c), group));
        }
        return new TableLayout(headerRows, columns);
    }

    /**
     * A body row holds a figure, a code or a numbered item (一、…), or is a total's label alone (合计 with blank
     * figures); header rows hold words only, 合计 among them as the head of a column.
     */
    static boolean isBodyRow(CellGrid grid, int row) {
        if (numberingRow(grid, row)) {
            return false; // 栏次 1 2 3 …: the column numbers under a Sichuan header
        }
        List<String> words = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            String text = compact(grid.originText(row, c));
            if (text.isEmpty() || CODE_LABEL.matcher(text).matches()) {
                continue;
            }
            if (AMOUNT.matcher(text).matches() || CODE_CELL.matcher(text).matches()
                    || words.isEmpty() && ORDINAL_ITEM.matcher(text).find()) {
                return true;
            }
            words.add(text);
        }
        return words.size() == 1 && TOTAL.matcher(words.get(0)).matches();
    }

    /** A row of column numbers under the header (栏次 | | 1 | 2 | …). */
    private static boolean numberingRow(CellGrid grid, int row) {
        for (int c = 0; c < grid.width(); c++) {
            String text = compact(grid.originText(row, c));
            if (!text.isEmpty()) {
                return ROW_NUMBERING.matcher(text).matches();
            }
        }
        return false;
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The words of the header cells over a column, top down, leaving out a title or unit spanning the whole table. */
    private static String headerWords(CellGrid grid, int headerRows, int column) {
        StringBuilder words = new StringBuilder();
        TableCell last = null;
        for (int r = 0; r < headerRows; r++) {
            CellGrid.Slot slot = grid.at(r, column);
            if (slot == null || slot.cell() == last || numberingRow(grid, r)) {
                continue;
            }
            last = slot.cell();
            String text = compact(slot.text());
            if (spansAll(grid, r, slot.cell()) || NOT_A_HEADER.matcher(text).find()) {
                continue;
            }
            words.append(text);
        }
        if (headerRows < grid.height()) {
            String label = compact(grid.originText(headerRows, column));
            if (CODE_LABEL.matcher(label).matches()) {
                words.append(label); // 类 / 款 / 项 printed in the 合计 row (Shanghai's 收入决算表)
            }
        }
        return words.toString();
    }

    private static boolean spansAll(CellGrid grid, int row, TableCell cell) {
        for (int c = 0; c < grid.width(); c++) {
            CellGrid.Slot slot = grid.at(row, c);
            if (slot == null || slot.cell() != cell) {
                return false;
            }
        }
        return grid.width() > 1;
    }

    /** income / expenditure per column where a header cell 收入 and one 支出 stand over the two halves, else nulls. */
    private static List<String> sides(CellGrid grid, int headerRows) {
        List<String> sides = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            sides.add(null);
        }
        boolean income = false;
        boolean expenditure = false;
        for (int r = 0; r < headerRows; r++) {
            for (int c = 0; c < grid.width(); c++) {
                CellGrid.Slot slot = grid.at(r, c);
                String text = slot == null ? "" : compact(slot.text());
                if (text.equals("收入") || text.equals("收入项目")) {
                    sides.set(c, "income");
                    income = true;
                } else if (text.equals("支出") || text.equals("支出项目")) {
                    sides.set(c, "expenditure");
                    expenditure = true;
                }
            }
        }
        if (!income || !expenditure) {
            return sides.stream().map(s -> (String) null).toList();
        }
        String current = "income";
        for (int c = 0; c < sides.size(); c++) {
            if (sides.get(c) == null) {
                sides.set(c, current);
            } else {
                current = sides.get(c);
            }
        }
        return sides;
    }

    /**
     * The code and name columns as the body shows them, where the headers are unclear (a reader that lost the
     * header's merges): a column of 3-digit codes is the 类, 2-digit codes after it the 款 and 项, codes of mixed
     * length a whole code, and the text column right after the codes the name.
     */
    private static void labelRolesFromBody(CellGrid grid, int headerRows, List<String> roles) {
        String previous = null;
        for (int c = 0; c < roles.size(); c++) {
            List<String> cells = new ArrayList<>();
            for (int r = headerRows; r < grid.height(); r++) {
                String text = compact(grid.originText(r, c));
                if (!text.isEmpty() && !CODE_LABEL.matcher(text).matches() && !TOTAL.matcher(text).matches()) {
                    cells.add(text);
                }
            }
            String byBody = null;
            if (cells.size() >= 2 && cells.stream().allMatch(t -> t.matches("\\d{3}"))) {
                byBody = CLASS;
            } else if (cells.size() >= 2 && cells.stream().allMatch(t -> t.matches("\\d{2}"))
                    && (CLASS.equals(previous) || KUAN.equals(previous))) {
                byBody = CLASS.equals(previous) ? KUAN : ITEM;
            } else if (cells.size() >= 2 && cells.stream().allMatch(t -> CODE_CELL.matcher(t).matches())) {
                byBody = CODE;
            } else if (previous != null && !NAME.equals(previous) && LABEL_ROLES.contains(previous)
                    && cells.size() >= 2 && cells.stream().noneMatch(t -> AMOUNT.matcher(t).matches())) {
                byBody = NAME;
            }
            boolean valueByHeader = roles.get(c) != null && !LABEL_ROLES.contains(roles.get(c));
            if (byBody != null && !valueByHeader) {
                roles.set(c, byBody); // a column its header calls a figure (本年收入合计) stays one, whatever it holds
            }
            previous = roles.get(c);
        }
    }

    private static String role(String header) {
        if (header.isEmpty()) {
            return null;
        }
        // 类 / 款 / 项 under 科目编码 (or alone) split the code; 一般公共预算财政拨款 merely ends in 款
        boolean codeWords = header.length() == 1 || CODE_HEADER.matcher(header).find();
        if (codeWords && header.endsWith("类")) {
            return CLASS;
        }
        if (codeWords && header.endsWith("款")) {
            return KUAN;
        }
        if (codeWords && header.endsWith("项")) {
            return ITEM;
        }
        if (header.contains("编码") || header.contains("代码")) {
            return CODE;
        }
        if (header.contains("名称") || header.endsWith("项目")) {
            return NAME;
        }
        return ColumnVocabulary.keyOf(header).orElse(null);
    }
}
