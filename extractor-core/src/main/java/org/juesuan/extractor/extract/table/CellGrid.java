package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A table block's cells placed on its grid: a merged cell fills every position it spans, and only its top-left
 * position is its {@code origin}. Positions no cell covers are null.
 */
final class CellGrid {
    record Slot(TableCell cell, boolean origin) {
        String text() {
            return cell.text();
        }
    }

    private final List<Slot[]> rows;
    private final int width;

    private CellGrid(List<Slot[]> rows, int width) {
        this.rows = rows;
        this.width = width;
    }

    static CellGrid of(TableBlock block) {
        List<List<Slot>> placed = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < block.rows().size(); r++) {
            TableRow row = block.rows().get(r);
            List<Slot> line = rowAt(placed, r);
            int c = 0;
            for (TableCell cell : row.cells()) {
                while (c < line.size() && line.get(c) != null) {
                    c++;
                }
                int columns = cell.colSpan() == null ? 1 : cell.colSpan();
                int height = cell.rowSpan() == null ? 1 : cell.rowSpan();
                for (int dr = 0; dr < height; dr++) {
                    List<Slot> target = rowAt(placed, r + dr);
                    for (int dc = 0; dc < columns; dc++) {
                        set(target, c + dc, new Slot(cell, dr == 0 && dc == 0));
                    }
                }
                c += columns;
                width = Math.max(width, c);
            }
        }
        List<Slot[]> rows = new ArrayList<>();
        for (int r = 0; r < block.rows().size(); r++) {
            Slot[] array = new Slot[width];
            List<Slot> line = placed.get(r);
            for (int c = 0; c < Math.min(width, line.size()); c++) {
                array[c] = line.get(c);
            }
            rows.add(array);
        }
        return new CellGrid(rows, width);
    }

    int width() {
        return width;
    }

    int height() {
        return rows.size();
    }

    Slot at(int row, int column) {
        Slot[] line = rows.get(row);
        return column < line.length ? line[column] : null;
    }

    /** The text of the cell that starts at this position, or "" where a merged cell only continues or none is. */
    String originText(int row, int column) {
        Slot slot = at(row, column);
        return slot == null || !slot.origin() ? "" : slot.text();
    }

    private static List<Slot> rowAt(List<List<Slot>> placed, int r) {
        while (placed.size() <= r) {
            placed.add(new ArrayList<>());
        }
        return placed.get(r);
    }

    private static void set(List<Slot> line, int c, Slot slot) {
        while (line.size() <= c) {
            line.add(null);
        }
        if (line.get(c) == null) {
            line.set(c, slot);
        }
    }
}
