package org.juesuan.extractor.read.ocr;

import org.juesuan.extractor.read.PdfReader;
import org.juesuan.extractor.read.RawBlock;
import org.juesuan.extractor.read.RawCell;
import org.juesuan.extractor.read.RawParagraph;
import org.juesuan.extractor.read.RawTable;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the PDF reader uses an engine's word boxes on a scanned table page, with an engine that answers as Tesseract
 * read the 财政局's page 15 (fixtures/ocr/caizhengju-p15-table-scan.pdf), so that no tesseract is needed.
 */
class OcrTablePageTest {
    private static final List<String> LINES = List.of("一般公共预算财政拨款支出决算表", "单位; 万元",
            "类 款 项",
            "201 06 07 “| 信息化建设 135.25 135.25",
            "208 05 01 “| 行政单位离退休 84.65 84.65",
            "合计 2,940.05 | 2,336.91 603.14");

    private static OcrLine line(Object... words) {
        return new OcrLine(java.util.stream.IntStream.range(0, words.length / 3)
                .mapToObj(i -> new OcrWord((String) words[3 * i], (int) words[3 * i + 1], 0, (int) words[3 * i + 2], 30))
                .toList());
    }

    private static final List<OcrLine> BOXES = List.of(
            line("一般公共预算财政拨款支出决算表", 500, 1100),
            line("单位;", 1400, 1460, "万元", 1470, 1530),
            line("类", 127, 154, "款", 256, 284, "项", 387, 414),
            line("201", 125, 169, "06", 288, 319, "07", 418, 449, "“|", 473, 504, "信息化建设", 517, 678,
                    "135.25", 1107, 1191, "135.25", 1433, 1518),
            line("208", 125, 172, "05", 288, 318, "01", 418, 446, "“|", 474, 502, "行政单位离退休", 517, 743,
                    "84.65", 1121, 1191, "84.65", 1284, 1355),
            line("合计", 555, 616, "2,940.05", 1078, 1191, "|", 1214, 1229, "2,336.91", 1241, 1353, "603.14", 1430, 1519));

    private record Engine(boolean boxesFail) implements OcrEngine {
        @Override
        public Optional<String> unavailable() {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public String language() {
            return "chi_sim";
        }

        @Override
        public List<String> lines(BufferedImage page) {
            return LINES;
        }

        @Override
        public List<OcrLine> wordLines(BufferedImage page) throws IOException {
            if (boxesFail) {
                throw new IOException("tesseract failed");
            }
            return BOXES;
        }
    }

    private static List<RawBlock> read(boolean boxesFail) throws Exception {
        byte[] scan = Files.readAllBytes(RepoFiles.fixture("ocr/caizhengju-p15-table-scan.pdf"));
        return new PdfReader(new Engine(boxesFail)).read(scan, "scan.pdf").blocks();
    }

    @Test
    void aTablePageGivesItsTitleLinesAndTheRebuiltTable() throws Exception {
        List<RawBlock> blocks = read(false);
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals("一般公共预算财政拨款支出决算表", ((RawParagraph) blocks.get(0)).text());
        assertEquals("单位：万元", ((RawParagraph) blocks.get(1)).text());
        RawTable table = (RawTable) blocks.get(2);
        assertEquals(4, table.rows().size());
        assertEquals(List.of("201", "06", "07", "信息化建设", "135.25", "", "135.25"),
                table.rows().get(1).stream().map(RawCell::text).toList());
    }

    @Test
    void withoutWordBoxesThePageKeepsItsLines() throws Exception {
        List<RawBlock> blocks = read(true);
        assertTrue(blocks.stream().noneMatch(b -> b instanceof RawTable), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b instanceof RawParagraph p && p.text().contains("行政单位离退休")),
                blocks.toString());
    }
}
