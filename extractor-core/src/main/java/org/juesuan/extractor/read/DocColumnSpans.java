package org.juesuan.extractor.read;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableIterator;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The column spans of the tables of a Word 97 .doc, for {@link ColumnSpans}. A .doc stores no span: a merged
 * cell is simply wider. The table's columns are the distinct cell edges of all its rows, and a cell spans the
 * columns between its edges.
 */
final class DocColumnSpans {
    /** Edges closer than this (in twips, 1/20 pt) are one column line. */
    private static final int SAME_EDGE = 30;

    private DocColumnSpans() {
    }

    static List<RawBlock> apply(byte[] content, List<RawBlock> blocks) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = document.getRange();
            List<int[][]> spans = new ArrayList<>();
            TableIterator tables = new TableIterator(range);
            while (tables.hasNext()) {
                spans.add(spansOf(tables.next()));
            }
            return ColumnSpans.apply(blocks, spans);
        } catch (IOException | RuntimeException e) {
            return blocks; // Tika read the file; without the spans its tables are still usable
        }
    }

    private static int[][] spansOf(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                addEdge(edges, row.getCell(c).getLeftEdge());
                addEdge(edges, row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        int[][] spans = new int[table.numRows()][];
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            spans[r] = new int[row.numCells()];
            for (int c = 0; c < row.numCells(); c++) {
                int left = row.getCell(c).getLeftEdge();
                int right = left + row.getCell(c).getWidth();
                int inside = (int) edges.stream().filter(e -> e > left + SAME_EDGE && e < right - SAME_EDGE).count();
                spans[r][c] = inside + 1;
            }
        }
        return spans;
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer near = edges.floor(edge + SAME_EDGE);
        if (near == null || Math.abs(near - edge) > SAME_EDGE) {
            edges.add(edge);
        }
    }
}
