package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a figure stands: section id, offsets into the normalized text, page (null if unpaged) and a text window.
 * A figure read from a 决算表 also names its {@code cell}: the table (index into the report's {@code tables}),
 * the row and the column in that table's grid.
 */
public record Provenance(String section, int start, int end, Integer page, String text,
                         @JsonInclude(JsonInclude.Include.NON_NULL) CellRef cell) {
    public Provenance(String section, int start, int end, Integer page, String text) {
        this(section, start, end, page, text, null);
    }

    /** A cell of a recognized table: 0-based indexes into {@code tables}, its {@code rows} and its {@code columns}. */
    public record CellRef(int table, int row, int column) {
    }
}
