package org.juesuan.extractor.read.pdf;

import org.juesuan.extractor.read.RawCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table drawn with rulings: the x of its column lines and the y of its row lines, and which neighbouring grid
 * cells are merged because no ruling separates them. Glyphs inside the frame are collected into their cells.
 */
final class RuledGrid {
    private static final double TOLERANCE = 2.0;

    private final double[] xs;
    private final double[] ys;
    private final int[] region;
    private final List<List<Glyph>> glyphs;

    RuledGrid(double[] xs, double[] ys, List<Ruling> horizontals, List<Ruling> verticals) {
        this.xs = xs;
        this.ys = ys;
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        this.region = new int[rows * columns];
        Arrays.setAll(region, i -> i);
        for (int r = 0; r < rows; r++) {
            double middleY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < columns; c++) {
                if (!separated(verticals, xs[c + 1], middleY)) {
                    union(r * columns + c, r * columns + c + 1);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            double middleX = (xs[c] + xs[c + 1]) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                if (!separated(horizontals, ys[r + 1], middleX)) {
                    union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        this.glyphs = new ArrayList<>(region.length);
        for (int i = 0; i < region.length; i++) {
            glyphs.add(new ArrayList<>());
        }
    }

    double top() {
        return ys[0];
    }

    int rowCount() {
        return ys.length - 1;
    }

    int columnCount() {
        return xs.length - 1;
    }

    /** Whether the point lies inside the table's frame. */
    boolean contains(double x, double y) {
        return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
    }

    /** Puts a glyph (whose centre is inside the frame) into its cell; a glyph printed over itself is kept once. */
    void add(Glyph glyph) {
        int r = index(ys, glyph.centerY());
        int c = index(xs, glyph.centerX());
        List<Glyph> cell = glyphs.get(find(r * columnCount() + c));
        for (Glyph other : cell) {
            if (glyph.overprints(other)) {
                return;
            }
        }
        cell.add(glyph);
    }

    /** The table as rows of cells; a merged cell appears once, in its first row, with its spans. */
    List<List<RawCell>> rows() {
        int columns = columnCount();
        int[] firstRow = new int[region.length];
        int[] lastRow = new int[region.length];
        int[] firstColumn = new int[region.length];
        int[] lastColumn = new int[region.length];
        Arrays.fill(firstRow, Integer.MAX_VALUE);
        Arrays.fill(firstColumn, Integer.MAX_VALUE);
        Arrays.fill(lastRow, -1);
        Arrays.fill(lastColumn, -1);
        for (int i = 0; i < region.length; i++) {
            int root = find(i);
            int r = i / columns;
            int c = i % columns;
            firstRow[root] = Math.min(firstRow[root], r);
            lastRow[root] = Math.max(lastRow[root], r);
            firstColumn[root] = Math.min(firstColumn[root], c);
            lastColumn[root] = Math.max(lastColumn[root], c);
        }
        List<List<RawCell>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            List<RawCell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int root = find(r * columns + c);
                if (firstRow[root] != r || firstColumn[root] != c) {
                    continue;
                }
                row.add(new RawCell(CellText.of(glyphs.get(root)), lastColumn[root] - firstColumn[root] + 1,
                        lastRow[root] - firstRow[root] + 1));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean separated(List<Ruling> lines, double position, double across) {
        for (Ruling line : lines) {
            if (Math.abs(line.position() - position) <= TOLERANCE && line.covers(across, TOLERANCE)) {
                return true;
            }
        }
        return false;
    }

    /** The interval of {@code edges} the value falls in, clamped to the grid. */
    private static int index(double[] edges, double value) {
        int i = Arrays.binarySearch(edges, value);
        int interval = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, interval));
    }

    private int find(int i) {
        while (region[i] != i) {
            region[i] = region[region[i]];
            i = region[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // the smaller index stays the root, so a merged cell is rooted at its top-left grid cell
            region[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
