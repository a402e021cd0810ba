package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a figure stands: section id, offsets into the normalized text, page (null if unpaged) and a text window.
 * A figure read from a 决算表 also names its {@code cell}: the table (index into the report's {@code tables}),
 * the row and the column in that table's grid. {@code ocr} is true when the page's text was read by OCR (absent
 * otherwise): the figure may carry a recognition error.
 */
public record Provenance(String section, int start, int end, Integer page, String text,
                         @JsonInclude(JsonInclude.Include.NON_NULL) CellRef cell,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean ocr) {
    public Provenance(String section, int start, int end, Integer page, String text) {
        this(section, start, end, page, text, null, null);
    }

    public Provenance(String section, int start, int end, Integer page, String text, CellRef cell) {
        this(section, start, end, page, text, cell, null);
    }

    /** This place, marked as read by OCR. */
    public Provenance withOcr() {
        return new Provenance(section, start, end, page, text, cell, Boolean.TRUE);
    }

    /** A cell of a recognized table: 0-based indexes into {@code tables}, its {@code rows} and its {@code columns}. */
    public record CellRef(int table, int row, int column) {
    }
}
