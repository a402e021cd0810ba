package org.juesuan.extractor.cli.dataset;

import java.util.List;

/**
 * One table of the panel: its name (the file name of its CSV and Parquet), title and description, its columns,
 * primary key and foreign keys, and the SQL query that computes its rows from the loaded outputs (see
 * {@link PanelBuilder}), whose columns are {@link #fields()} in order.
 */
public record PanelResource(String name, String title, String description, List<PanelField> fields,
                            List<String> primaryKey, List<ForeignKey> foreignKeys, String select) {
    /** Columns {@code fields} refer to the columns {@code reference} of {@code resource}. */
    public record ForeignKey(List<String> fields, String resource, List<String> reference) {
    }

    public PanelResource {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    static ForeignKey toReports() {
        return new ForeignKey(List.of("report_id"), "reports", List.of("report_id"));
    }
}
