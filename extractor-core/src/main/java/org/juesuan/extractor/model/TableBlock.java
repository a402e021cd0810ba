package org.juesuan.extractor.model;

import java.util.List;

/** A table kept as rows of cells. In the normalized text a row is its cells joined by tabs, ending in a newline. */
public record TableBlock(int start, int end, Integer page, List<TableRow> rows) implements Block {
    public TableBlock {
        rows = List.copyOf(rows);
    }
}
