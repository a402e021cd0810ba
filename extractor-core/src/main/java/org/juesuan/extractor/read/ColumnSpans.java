package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the horizontal merges of Word table cells, which Tika's XHTML leaves out: a header cell merged over
 * three columns would otherwise stand in the first column only and shift every header after it. The spans are
 * read from the same file with POI (under Tika; {@link DocxColumnSpans}, {@link DocColumnSpans}) and matched to
 * Tika's tables by order, row and cell; when the shapes differ (nested tables) Tika's tables are kept as they
 * are. Vertically merged cells need nothing: Tika keeps their continuation cells, empty.
 */
final class ColumnSpans {
    private ColumnSpans() {
    }

    /** {@code spans}: per table of the file, per row, the column span of each cell. */
    static List<RawBlock> apply(List<RawBlock> blocks, List<int[][]> spans) {
        long tables = blocks.stream().filter(b -> b instanceof RawTable).count();
        if (tables != spans.size()) {
            return blocks;
        }
        List<RawBlock> out = new ArrayList<>(blocks.size());
        int t = 0;
        for (RawBlock block : blocks) {
            out.add(block instanceof RawTable raw ? withSpans(raw, spans.get(t++)) : block);
        }
        return out;
    }

    private static RawTable withSpans(RawTable raw, int[][] spans) {
        if (spans.length != raw.rows().size()) {
            return raw;
        }
        List<List<RawCell>> spanned = new ArrayList<>();
        for (int r = 0; r < spans.length; r++) {
            List<RawCell> rawRow = raw.rows().get(r);
            if (spans[r].length != rawRow.size()) {
                return raw;
            }
            List<RawCell> row = new ArrayList<>();
            for (int c = 0; c < rawRow.size(); c++) {
                RawCell cell = rawRow.get(c);
                row.add(new RawCell(cell.text(), Math.max(cell.colSpan(), spans[r][c]), cell.rowSpan()));
            }
            spanned.add(row);
        }
        return new RawTable(spanned, raw.page());
    }
}
