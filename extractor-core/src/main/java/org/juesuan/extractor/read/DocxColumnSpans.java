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

/** The column spans (w:gridSpan) of the body tables of a .docx, for {@link ColumnSpans}. */
final class DocxColumnSpans {
    private DocxColumnSpans() {
    }

    static List<RawBlock> apply(byte[] content, List<RawBlock> blocks) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<int[][]> spans = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                List<XWPFTableRow> rows = table.getRows();
                int[][] spansOfTable = new int[rows.size()][];
                for (int r = 0; r < rows.size(); r++) {
                    List<XWPFTableCell> cells = rows.get(r).getTableCells();
                    spansOfTable[r] = cells.stream().mapToInt(DocxColumnSpans::gridSpan).toArray();
                }
                spans.add(spansOfTable);
            }
            return ColumnSpans.apply(blocks, spans);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return blocks; // Tika read the file; without the spans its tables are still usable
        }
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
