package org.juesuan.extractor.read;

import java.util.List;

/** A table as read: rows of cells. */
public record RawTable(List<List<RawCell>> rows, Integer page) implements RawBlock {
    public RawTable {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
