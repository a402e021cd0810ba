package org.juesuan.extractor.model;

import java.util.List;

public record TableRow(List<TableCell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }
}
