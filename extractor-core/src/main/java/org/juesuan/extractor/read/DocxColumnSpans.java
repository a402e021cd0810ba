package org.juesuan.extractor.read;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the horizontal merges of .docx table cells, which Tika's XHTML leaves out: a header cell merged over
 * three columns (w:gridSpan) would otherwise stand in the first column only and shift every header after it.
 * The spans are read with POI (under Tika) from the same file and matched to Tika's tables by order, row and
 * cell; a table whose shape differs (nested tables) is left as Tika gave it. Vertically merged cells need nothing:
 * Tika keeps their continuation cells, empty.
 */
final class DocxColumnSpans {
    private DocxColumnSpans() {
    }

    static List<RawBlock> apply(byte[] content, List<RawBlock> blocks) {
        List<XWPFTable> tables;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            tables = document.getTables();
            List<RawBlock> out = new ArrayList<>(blocks.size());
            int t = 0;
            long rawTables = blocks.stream().filter(b -> b instanceof RawTable).count();
            for (RawBlock block : blocks) {
                if (block instanceof RawTable raw && rawTables == tables.size()) {
                    out.add(withSpans(raw, tables.get(t++)));
                } else {
                    out.add(block);
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return blocks; // Tika read the file; without the spans its tables are still usable
        }
    }

    private static RawTable withSpans(RawTable raw, XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() != raw.rows().size()) {
            return raw;
        }
        List<List<RawCell>> spanned = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            List<RawCell> rawRow = raw.rows().get(r);
            if (cells.size() != rawRow.size()) {
                return raw;
            }
            List<RawCell> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                RawCell cell = rawRow.get(c);
                row.add(new RawCell(cell.text(), Math.max(cell.colSpan(), gridSpan(cells.get(c))), cell.rowSpan()));
            }
            spanned.add(row);
        }
        return new RawTable(spanned, raw.page());
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : span.intValue();
    }
}
