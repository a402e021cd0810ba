package org.juesuan.extractor.read.pdf;

import org.juesuan.extractor.read.RawCell;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grids from rulings, on hand-made pages: merged lines, merged cells, open sides, lone boxes, glyph placement. */
class RuledTableFinderTest {
    private static Ruling h(double y, double x1, double x2) {
        return new Ruling(true, y, x1, x2);
    }

    private static Ruling v(double x, double y1, double y2) {
        return new Ruling(false, x, y1, y2);
    }

    /** A full grid: rows at the given y, columns at the given x. */
    private static List<Ruling> grid(double[] xs, double[] ys) {
        List<Ruling> lines = new ArrayList<>();
        for (double y : ys) {
            lines.add(h(y, xs[0], xs[xs.length - 1]));
        }
        for (double x : xs) {
            lines.add(v(x, ys[0], ys[ys.length - 1]));
        }
        return lines;
    }

    private static void put(RuledGrid grid, String text, double x, double baseline) {
        for (int i = 0; i < text.length(); i++) {
            grid.add(new Glyph(String.valueOf(text.charAt(i)), x + i * 10, 10, baseline, 8));
        }
    }

    private static List<List<String>> texts(RuledGrid grid) {
        return grid.rows().stream().map(r -> r.stream().map(RawCell::text).toList()).toList();
    }

    @Test
    void aFullGridGivesItsRowsAndColumns() {
        List<RuledGrid> grids = RuledTableFinder.find(grid(new double[]{10, 110, 210}, new double[]{100, 120, 140}));
        assertEquals(1, grids.size());
        RuledGrid grid = grids.get(0);
        assertEquals(2, grid.rowCount());
        assertEquals(2, grid.columnCount());
        put(grid, "合计", 20, 115);
        put(grid, "2,940.05", 120, 115);
        put(grid, "行政运行", 20, 135);
        assertEquals(List.of(List.of("合计", "2,940.05"), List.of("行政运行", "")), texts(grid));
    }

    @Test
    void linesDrawnInPiecesAreJoinedAndCellsWithoutADividerAreMerged() {
        List<Ruling> lines = new ArrayList<>();
        // top and bottom borders drawn in two pieces each, the middle line across both columns
        lines.add(h(100, 10, 110));
        lines.add(h(100, 110.5, 210));
        lines.add(h(120, 10, 210));
        lines.add(h(140, 10, 110));
        lines.add(h(140, 110, 210));
        lines.add(v(10, 100, 140));
        lines.add(v(210, 100, 140));
        lines.add(v(110, 120, 140)); // no divider in the first row: a title cell over both columns
        RuledGrid grid = RuledTableFinder.find(lines).get(0);
        put(grid, "收入", 90, 115);
        List<List<RawCell>> rows = grid.rows();
        assertEquals(1, rows.get(0).size());
        assertEquals(new RawCell("收入", 2, 1), rows.get(0).get(0));
        assertEquals(2, rows.get(1).size());
    }

    @Test
    void aCellMergedDownwardsAppearsOnceWithItsRowSpan() {
        List<Ruling> lines = new ArrayList<>();
        lines.add(h(100, 10, 210));
        lines.add(h(120, 110, 210)); // the left column has no line here: 项目 spans two rows
        lines.add(h(140, 10, 210));
        lines.add(v(10, 100, 140));
        lines.add(v(110, 100, 140));
        lines.add(v(210, 100, 140));
        RuledGrid grid = RuledTableFinder.find(lines).get(0);
        put(grid, "项目", 20, 125);
        List<List<RawCell>> rows = grid.rows();
        assertEquals(new RawCell("项目", 1, 2), rows.get(0).get(0));
        assertEquals(1, rows.get(1).size(), "the second row has only its right cell");
    }

    @Test
    void aTableWithoutOuterSideBordersIsClosedAtTheEndsOfItsLines() {
        List<Ruling> lines = new ArrayList<>();
        for (double y : new double[]{100, 120, 140}) {
            lines.add(h(y, 10, 210));
        }
        lines.add(v(110, 100, 140)); // only the inner divider is drawn
        List<RuledGrid> grids = RuledTableFinder.find(lines);
        assertEquals(1, grids.size());
        assertEquals(2, grids.get(0).columnCount());
        assertTrue(grids.get(0).contains(15, 110), "the open left column is inside the table");
    }

    @Test
    void aLoneBoxOrAnUnderlineIsNotATable() {
        assertTrue(RuledTableFinder.find(grid(new double[]{10, 210}, new double[]{100, 140})).isEmpty());
        assertTrue(RuledTableFinder.find(List.of(h(300, 10, 200))).isEmpty());
    }

    @Test
    void twoSeparateFramesAreTwoTablesInPageOrder() {
        List<Ruling> lines = new ArrayList<>(grid(new double[]{10, 110, 210}, new double[]{400, 420, 440}));
        lines.addAll(grid(new double[]{10, 60, 110, 210}, new double[]{100, 120, 140}));
        List<RuledGrid> grids = RuledTableFinder.find(lines);
        assertEquals(2, grids.size());
        assertEquals(100, grids.get(0).top());
        assertEquals(3, grids.get(0).columnCount());
        assertEquals(400, grids.get(1).top());
    }

    @Test
    void aGlyphPrintedTwiceOnItselfIsKeptOnce() {
        RuledGrid grid = RuledTableFinder.find(grid(new double[]{10, 110, 210}, new double[]{100, 120, 140})).get(0);
        put(grid, "合计", 20, 115);
        put(grid, "合计", 20.3, 115.2); // fake bold
        assertEquals("合计", texts(grid).get(0).get(0));
    }
}
