package org.juesuan.extractor.read.ocr;

import org.juesuan.extractor.read.RawCell;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word boxes as Tesseract (chi_sim, hOCR) reads the 财政局's 一般公共预算财政拨款支出决算表 (page 15 at 200 dpi; the
 * words and their left and right edges as read, the line heights set to 30 px); the expected cells are the printed
 * table's (corpora/sh-putuo-caizhengju-2024.pdf, page 15).
 */
class OcrTableRowsTest {

    /** A line from (text, x0, x1) triples. */
    private static OcrLine line(Object... words) {
        List<OcrWord> out = new ArrayList<>();
        for (int i = 0; i < words.length; i += 3) {
            out.add(new OcrWord((String) words[i], (int) words[i + 1], 0, (int) words[i + 2], 30));
        }
        return new OcrLine(out);
    }

    private static List<String> texts(List<RawCell> row) {
        return row.stream().map(RawCell::text).toList();
    }

    @Test
    void rowsAreRebuiltFromTheWordBoxesWithEachFigureInItsColumn() {
        List<OcrLine> page = List.of(
                line("一般", 600, 680, "公共", 690, 770, "预算", 780, 860, "决算表", 870, 990),
                line("单位;", 1400, 1460, "万元", 1470, 1530),
                line("和", 717, 843, "合计", 1109, 1170, "“|", 1188, 1224, "基本", 1245, 1296, "支出", 1315, 1372,
                        "|", 1380, 1390, "项", 1411, 1426, "目", 1441, 1455, "支出", 1476, 1524),
                line("类", 127, 154, "款", 256, 284, "项", 387, 414),
                line("201", 125, 169, "06", 288, 319, "01", 418, 449, "“|", 473, 504, "行政", 517, 594, "运行", 600, 678,
                        "1.511.89", 1090, 1191, "|", 1214, 1229, "1,503.52", 1241, 1353, "8.37", 1470, 1518),
                line("201", 125, 169, "06", 288, 319, "07", 418, 449, "“|", 473, 504, "信息", 517, 594, "化", 593, 631,
                        "建设", 650, 678, "135.25", 1107, 1191, "135.25", 1433, 1518),
                line("208", 125, 172, "05", 288, 318, "01", 418, 446, "“|", 474, 502, "行政", 517, 599, "单位", 616, 676,
                        "离", 684, 693, "退", 697, 722, "休", 724, 743, "84.65", 1121, 1191, "84.65", 1284, 1355),
                line("合计", 555, 616, "2,940.05", 1078, 1191, "|", 1214, 1229, "2,336.91", 1241, 1353,
                        "603.14", 1430, 1519));
        OcrTableRows.Found table = OcrTableRows.find(page).orElseThrow();
        assertEquals(2, table.first(), "the header starts under the unit line");
        assertEquals(7, table.last());
        List<List<RawCell>> rows = table.rows();
        assertEquals(List.of("", "", "", "和", "合计", "基本支出", "项目支出"), texts(rows.get(0)));
        assertEquals(List.of("类", "款", "项", "", "", "", ""), texts(rows.get(1)));
        // thousands separators read as points are commas; the blank 基本支出 of 信息化建设 stays blank
        assertEquals(List.of("201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37"), texts(rows.get(2)));
        assertEquals(List.of("201", "06", "07", "信息化建设", "135.25", "", "135.25"), texts(rows.get(3)));
        assertEquals(List.of("208", "05", "01", "行政单位离退休", "84.65", "84.65", ""), texts(rows.get(4)));
        assertEquals(List.of("", "", "", "合计", "2,940.05", "2,336.91", "603.14"), texts(rows.get(5)));
    }

    @Test
    void proseIsNoTable() {
        List<OcrLine> page = List.of(
                line("本年", 100, 180, "支出", 185, 260, "合计", 265, 340, "2940.05", 345, 480, "万元", 485, 560),
                line("基本", 100, 180, "支出", 185, 260, "2336.91", 265, 400, "万元，", 405, 500),
                line("项目", 100, 180, "支出", 185, 260, "603.14", 265, 380, "万元。", 385, 480));
        assertTrue(OcrTableRows.find(page).isEmpty());
    }
}
