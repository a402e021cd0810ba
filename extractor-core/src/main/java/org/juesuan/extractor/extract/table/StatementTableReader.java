package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.model.MoneyUnit;
import org.juesuan.extractor.extract.classification.ClassificationEntry;
import org.juesuan.extractor.extract.classification.ClassificationTable;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Provenance;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.segment.StatementKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one recognized 决算表 into its rows and its {@code table.<kind>.<column>} facts. Three families:
 * code tables (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表, …: a row per classification code, whether
 * printed whole, split over 类/款/项 cells, only on the 类 row, or as a name only), side-by-side summaries
 * (收入支出决算总表, 财政拨款收入支出决算总表: named rows on an income and an expenditure side) and the "三公"
 * table (concepts over 预算数/决算数). Blank cells give no fact; a printed 0.00 does.
 */
final class StatementTableReader {
    private static final Set<StatementKind> SUMMARY =
            EnumSet.of(StatementKind.INCOME_EXPENDITURE_SUMMARY, StatementKind.APPROPRIATION_SUMMARY);
    private static final Set<StatementKind> THREE_PUBLIC =
            EnumSet.of(StatementKind.THREE_PUBLIC, StatementKind.GOV_FUND_THREE_PUBLIC);
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(?:合计|总计|本年(?:收入|支出)合计|.{0,8}(?:经费)?合计)$");
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、\\s*");
    private static final Pattern CODE_LABEL = Pattern.compile("^[类款项]$");

    record Result(StatementTable table, List<Fact> facts) {
    }

    private final ClassificationTable classification;

    StatementTableReader(ClassificationTable classification) {
        this.classification = classification;
    }

    Result read(TableCandidate candidate, int tableIndex, String text) {
        CellGrid first = CellGrid.of(candidate.blocks().get(0));
        TableLayout layout = TableLayout.of(first);
        List<TableLayout.Column> columns = sided(candidate.kind(), layout.columns());
        List<StatementTable.Row> rows = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        TableReading reading = new TableReading(candidate, tableIndex, text, columns, new RowState(), rows, facts);
        Set<Integer> pages = new TreeSet<>();
        for (int b = 0; b < candidate.blocks().size(); b++) {
            TableBlock block = candidate.blocks().get(b);
            if (block.page() != null) {
                pages.add(block.page());
            }
            CellGrid grid = b == 0 ? first : CellGrid.of(block);
            int r = b == 0 ? layout.headerRows() : 0;
            while (b > 0 && r < grid.height() && !TableLayout.isBodyRow(grid, r)) {
                r++; // the header repeated on a continuation page
            }
            for (; r < grid.height(); r++) {
                readRow(reading, grid, r, block.page());
            }
        }
        TableBlock last = candidate.blocks().get(candidate.blocks().size() - 1);
        boolean threePublic = THREE_PUBLIC.contains(candidate.kind());
        List<StatementTable.Column> described = columns.stream()
                .map(c -> new StatementTable.Column(threePublic
                        ? ThreePublicConcepts.keyOf(c.header()).orElse(null) : c.role(), c.header(), c.side()))
                .toList();
        StatementTable table = new StatementTable(candidate.kind().id(), candidate.title(), candidate.unit(),
                candidate.declaredEmpty(), candidate.section(), candidate.blocks().get(0).start(), last.end(),
                List.copyOf(pages), described, rows);
        return new Result(table, candidate.declaredEmpty() ? List.of() : facts);
    }

    /** A summary table with two groups and no 收入/支出 header: the left group is the income side. */
    private static List<TableLayout.Column> sided(StatementKind kind, List<TableLayout.Column> columns) {
        boolean unsided = columns.stream().allMatch(c -> c.side() == null);
        if (!SUMMARY.contains(kind) || !unsided) {
            return columns;
        }
        return columns.stream().map(c -> new TableLayout.Column(c.role(), c.header(),
                c.group() == 0 ? "income" : "expenditure", c.group())).toList();
    }

    /** What carries from one row to the next: the 类 and 款 of the rows above, per group and side state. */
    private static final class RowState {
        final Map<Integer, String> lastClass = new HashMap<>();
        final Map<Integer, String> lastKuan = new HashMap<>();
        final Map<String, Boolean> underCarryover = new HashMap<>();
    }

    /** One table being read: what it is, its columns, and the rows and facts read so far. */
    private record TableReading(TableCandidate candidate, int tableIndex, String text, List<TableLayout.Column> columns,
                                RowState state, List<StatementTable.Row> rows, List<Fact> facts) {
    }

    private void readRow(TableReading table, CellGrid grid, int r, Integer page) {
        TableCandidate candidate = table.candidate();
        List<TableLayout.Column> columns = table.columns();
        RowState state = table.state();
        List<StatementTable.Row> rows = table.rows();
        List<String> cells = new ArrayList<>();
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int c = 0; c < columns.size(); c++) {
            cells.add(c < grid.width() ? grid.originText(r, c) : "");
            CellGrid.Slot slot = c < grid.width() ? grid.at(r, c) : null;
            if (slot != null && slot.origin()) {
                start = Math.min(start, slot.cell().start());
                end = Math.max(end, slot.cell().end());
            }
        }
        if (end < 0 || cells.stream().allMatch(String::isBlank)) {
            return;
        }
        String rowText = table.text().substring(start, end).replace("\t", " | ").replace("\n", " ");
        Set<Integer> groups = new LinkedHashSet<>();
        columns.forEach(c -> groups.add(c.group()));
        for (int group : groups) {
            boolean blank = true;
            for (int c = 0; c < columns.size(); c++) {
                blank &= columns.get(c).group() != group || cells.get(c).isBlank();
            }
            if (blank) {
                continue; // the right half of a side-by-side table ends before the left
            }
            RowReading reading = THREE_PUBLIC.contains(candidate.kind())
                    ? threePublic(candidate.kind(), grid, r, columns, group)
                    : SUMMARY.contains(candidate.kind())
                    ? summary(candidate.kind(), grid, r, columns, group, state)
                    : coded(candidate.kind(), grid, r, columns, group, state);
            int rowIndex = rows.size();
            rows.add(new StatementTable.Row(reading.code(), reading.label(), reading.total(), page, start, end, cells));
            for (Map.Entry<Integer, String> value : reading.keys().entrySet()) {
                int c = value.getKey();
                CellGrid.Slot slot = c < grid.width() ? grid.at(r, c) : null;
                if (slot == null || !slot.origin()) {
                    continue;
                }
                amount(candidate.unit(), slot.text()).ifPresent(v -> table.facts().add(new Fact(value.getValue(),
                        reading.code(), reading.label().isEmpty() ? columns.get(c).header() : reading.label(), v,
                        "yuan", slot.text(), "table", new Provenance(candidate.section(), slot.cell().start(),
                        slot.cell().end(), page, rowText, new Provenance.CellRef(table.tableIndex(), rowIndex, c)))));
            }
        }
    }

    /** A row as read: its code, label, whether it is a total, and the fact key per value column, in column order. */
    private record RowReading(String code, String label, boolean total, Map<Integer, String> keys) {
    }

    private RowReading coded(StatementKind kind, CellGrid grid, int r, List<TableLayout.Column> columns, int group,
                             RowState state) {
        String classCell = "";
        String kuanCell = "";
        String itemCell = "";
        String codeCell = null;
        String label = "";
        boolean total = false;
        for (int c = 0; c < columns.size(); c++) {
            TableLayout.Column column = columns.get(c);
            if (column.group() != group || column.value()) {
                continue;
            }
            String cell = TableLayout.compact(grid.originText(r, c));
            if (TOTAL_LABEL.matcher(cell).matches() && !cell.isEmpty()) {
                total = true;
                label = cell;
            }
            if (CODE_LABEL.matcher(cell).matches()) {
                continue;
            }
            switch (column.role() == null ? "" : column.role()) {
                case TableLayout.CLASS -> classCell = digits(cell);
                case TableLayout.KUAN -> kuanCell = digits(cell);
                case TableLayout.ITEM -> itemCell = digits(cell);
                case TableLayout.CODE -> codeCell = digits(cell);
                case TableLayout.NAME -> label = total ? label : grid.originText(r, c).replace("\n", "").strip();
                default -> {
                }
            }
        }
        String code = null;
        if (!total) {
            if (codeCell != null && codeCell.matches("\\d{3}(?:\\d{2}){0,2}")) {
                code = codeCell;
                state.lastClass.put(group, code.substring(0, 3));
                state.lastKuan.put(group, code.length() >= 5 ? code.substring(3, 5) : "");
            } else if (!classCell.isEmpty() || !kuanCell.isEmpty() || !itemCell.isEmpty()) {
                code = splitCode(classCell, kuanCell, itemCell, group, state);
            } else if (!label.isEmpty() && kind != StatementKind.GPB_BASIC) {
                code = byName(label, group, state);
            }
        }
        Map<Integer, String> keys = new TreeMap<>();
        if (code != null || total) {
            for (int c = 0; c < columns.size(); c++) {
                TableLayout.Column column = columns.get(c);
                if (column.group() == group && column.value()) {
                    keys.put(c, "table." + kind.id() + "." + valueKey(kind, column.role(), total, label));
                }
            }
        }
        return new RowReading(code, label, total, keys);
    }

    private static String valueKey(StatementKind kind, String columnKey, boolean total, String label) {
        if (kind == StatementKind.GPB_BASIC && columnKey.equals("amount")) {
            if (!total) {
                return "econ";
            }
            return label.contains("人员经费") ? "personnel" : label.contains("公用经费") ? "public" : "total";
        }
        return columnKey.equals("amount") ? "total" : columnKey;
    }

    /** A code from 类, 款 and 项 cells; a blank 类 or 款 is the one of the rows above (printed only once). */
    private static String splitCode(String cls, String kuan, String item, int group, RowState state) {
        if (cls.isEmpty()) {
            cls = state.lastClass.getOrDefault(group, "");
        }
        if (kuan.isEmpty() && !item.isEmpty()) {
            kuan = state.lastKuan.getOrDefault(group, "");
        }
        if (!cls.matches("\\d{3}") || !kuan.isEmpty() && !kuan.matches("\\d{2}")
                || !item.isEmpty() && (!item.matches("\\d{2}") || kuan.isEmpty())) {
            return null;
        }
        state.lastClass.put(group, cls);
        state.lastKuan.put(group, kuan);
        return cls + kuan + item;
    }

    /** A row that prints only its name: the 类 it names, else a 款 of the class above, else a 项 of the 款 above. */
    private String byName(String label, int group, RowState state) {
        String name = ORDINAL.matcher(label).replaceFirst("");
        Optional<ClassificationEntry> cls = classification.findClass(name);
        if (cls.isPresent()) {
            state.lastClass.put(group, cls.get().code());
            state.lastKuan.put(group, "");
            return cls.get().code();
        }
        String lastClass = state.lastClass.get(group);
        if (lastClass == null) {
            return null;
        }
        Optional<ClassificationEntry> kuan = classification.findSection(lastClass, name);
        if (kuan.isPresent()) {
            state.lastKuan.put(group, kuan.get().code().substring(3));
            return kuan.get().code();
        }
        String lastKuan = state.lastKuan.getOrDefault(group, "");
        return lastKuan.isEmpty() ? null
                : classification.findItem(lastClass + lastKuan, name).map(ClassificationEntry::code).orElse(null);
    }

    private RowReading summary(StatementKind kind, CellGrid grid, int r, List<TableLayout.Column> columns, int group,
                               RowState state) {
        String label = "";
        String side = null;
        for (int c = 0; c < columns.size(); c++) {
            TableLayout.Column column = columns.get(c);
            if (column.group() == group && !column.value() && label.isEmpty()) {
                label = grid.originText(r, c).replace("\n", "").strip();
                side = column.side();
            }
        }
        if (side == null) {
            side = columns.stream().filter(c -> c.group() == group).map(TableLayout.Column::side)
                    .filter(s -> s != null).findFirst().orElse(null);
        }
        String name = ORDINAL.matcher(TableLayout.compact(label)).replaceFirst("");
        boolean under = state.underCarryover.getOrDefault(side, false);
        String rowKey = side == null ? null : SummaryRows.keyOf(side, name, under).orElse(null);
        String code = null;
        if (rowKey == null && "expenditure".equals(side) && !name.isEmpty()) {
            code = classification.findClass(name).map(ClassificationEntry::code).orElse(null);
            rowKey = code == null ? null : "expenditure";
        }
        if (rowKey != null && (rowKey.endsWith(".carryoverBegin") || rowKey.endsWith(".carryoverEnd"))) {
            state.underCarryover.put(side, true);
        } else if (rowKey != null && rowKey.startsWith("total.")) {
            state.underCarryover.put(side, false);
        }
        boolean total = rowKey != null && (rowKey.endsWith(".total") || rowKey.startsWith("total."));
        Map<Integer, String> keys = new TreeMap<>();
        if (rowKey != null) {
            for (int c = 0; c < columns.size(); c++) {
                TableLayout.Column column = columns.get(c);
                if (column.group() == group && column.value()) {
                    boolean main = column.role().equals("amount") || column.role().equals("total");
                    keys.put(c, "table." + kind.id() + "." + rowKey + (main ? "" : "." + column.role()));
                }
            }
        }
        return new RowReading(code, label, total, keys);
    }

    private static RowReading threePublic(StatementKind kind, CellGrid grid, int r, List<TableLayout.Column> columns,
                                          int group) {
        StringBuilder label = new StringBuilder();
        List<Integer> figures = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).group() != group) {
                continue;
            }
            String cell = TableLayout.compact(grid.originText(r, c));
            if (TableLayout.AMOUNT.matcher(cell).matches()) {
                figures.add(c);
            } else {
                label.append(cell);
            }
        }
        Map<Integer, String> keys = new TreeMap<>();
        for (int c : figures) {
            ThreePublicConcepts.keyOf(columns.get(c).header() + label)
                    .ifPresent(key -> keys.put(c, "table." + kind.id() + "." + key));
        }
        return new RowReading(null, label.toString(), false, keys);
    }

    private static String digits(String cell) {
        return cell.replaceAll("\\s+", "");
    }

    /** The cell's figure in yuan; a table that states no unit is taken to be in 万元, as the standard tables are. */
    static Optional<BigDecimal> amount(String unit, String cell) {
        String printed = TableLayout.compact(cell);
        if (!TableLayout.AMOUNT.matcher(printed).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(printed.replace(",", ""));
        return Optional.of((unit == null ? MoneyUnit.TEN_THOUSAND : MoneyUnit.in(unit)).toYuan(value));
    }
}
