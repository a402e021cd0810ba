package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A standard 决算表 as recognized: its kind (the facts contract's table kinds, see {@code segment.StatementKind}),
 * the title and unit as printed, whether the report declares it empty (本表无数据), where it stands (section,
 * offsets, pages; a table continued over several pages is one table), its columns and its rows. Each row has
 * one cell text per column, in the grid of the printed table (a merged cell's text is in its first column).
 */
public record StatementTable(String kind, String title, @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
                             boolean declaredEmpty, String section, int start, int end, List<Integer> pages,
                             List<Column> columns, List<Row> rows) {
    public StatementTable {
        pages = List.copyOf(pages);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One column: its role ({@code code}, {@code class}, {@code kuan}, {@code item} for the parts of a split code,
     * {@code name}, or the value column's key: {@code total}, {@code basic}, {@code gpbAppropriation}, …, null when
     * not understood), its header words as printed, and the side it belongs to in a side-by-side table
     * ({@code income} / {@code expenditure}, else null).
     */
    public record Column(@JsonInclude(JsonInclude.Include.NON_NULL) String key, String header,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String side) {
    }

    /**
     * One body row: the classification code it is for (null for totals and named rows), its label (the 科目名称 or
     * item name), whether it is a 合计/总计 row, its page, its offsets and its cells.
     */
    public record Row(@JsonInclude(JsonInclude.Include.NON_NULL) String code, String label, boolean total,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer page, int start, int end, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
