package org.juesuan.extractor.normalize;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.read.PlainTextReader;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNormalizerTest {
    private final DocumentNormalizer normalizer = new DocumentNormalizer();

    private NormalizedDocument seed(String name) throws Exception {
        RawDocument raw = new PlainTextReader().read(RepoFiles.bytes(RepoFiles.corpus(name)), name);
        return normalizer.normalize(raw);
    }

    @Test
    void seed001LosesItsBookmarksButKeepsItsMisnumberedHeadings() throws Exception {
        NormalizedDocument doc = seed("001_ac178a9e9dd67b94.txt");
        assertFalse(doc.text().contains("[bookmark"));
        List<String> paragraphs = paragraphs(doc);
        assertTrue(paragraphs.contains("1、 收入支出决算总体情况说明"), "misnumbered heading kept as printed");
        assertTrue(paragraphs.contains("第3部分 名词解释"));
        assertTrue(paragraphs.contains("（一）一般公共预算财政拨款支出决算总体情况"));
    }

    @Test
    void seed003LosesTheChartOcrNoiseAfterItsImage() throws Exception {
        NormalizedDocument doc = seed("003_452dfb289bf64cc2.txt");
        assertFalse(doc.text().contains("[image"));
        assertFalse(doc.text().contains("BERH"));
        assertFalse(doc.text().contains("7433.94F5"));
        int caption = doc.text().indexOf("图4：财政拨款收、支决算总计变动情况");
        int next = doc.text().indexOf("五、一般公共预算财政拨款支出决算情况说明");
        assertTrue(caption > 0 && next > caption);
        assertEquals("\n", doc.text().substring(caption + "图4：财政拨款收、支决算总计变动情况".length(), next),
                "nothing between the caption and the next heading");
    }

    @Test
    void seed002LosesTheTrailingChartCacheAndEndsWithItsLastTable() throws Exception {
        NormalizedDocument doc = seed("002_0e630caa3884551f.txt");
        assertFalse(doc.text().contains("0.88929999999999998"));
        assertFalse(doc.text().contains("收入决算结构\t"));
        Block last = doc.blocks().get(doc.blocks().size() - 1);
        TableBlock table = (TableBlock) last;
        List<TableCell> lastRow = table.rows().get(table.rows().size() - 1).cells();
        assertEquals("100%", lastRow.get(lastRow.size() - 1).text());
    }

    @Test
    void offsetsOfBlocksAndCellsPointAtTheirText() throws Exception {
        NormalizedDocument doc = seed("000_b5790c93cfb4a072.txt");
        for (Block block : doc.blocks()) {
            if (block instanceof ParagraphBlock p) {
                assertEquals(p.text(), doc.text().substring(p.start(), p.end()));
            } else {
                TableBlock t = (TableBlock) block;
                t.rows().forEach(r -> r.cells().forEach(c -> assertEquals(c.text(), doc.text().substring(c.start(), c.end()))));
                assertTrue(doc.text().substring(t.start(), t.end()).endsWith("\n"));
            }
        }
    }

    @Test
    void normalizedOffsetsMapBackToTheOriginalText() throws Exception {
        NormalizedDocument doc = seed("001_ac178a9e9dd67b94.txt");
        String heading = "七、“三公”经费财政拨款支出决算情况说明";
        int start = doc.text().indexOf(heading);
        assertEquals(heading, doc.originalSlice(start, start + heading.length()));
        int originalStart = doc.originalOffset(start);
        String before = doc.originalText().substring(originalStart - 40, originalStart);
        assertTrue(before.endsWith("[bookmark: _Toc15396609]"), "the original still has the bookmark before it: " + before);
        assertEquals(doc.originalText().length(), doc.originalOffset(doc.text().length()));
    }

    private static List<String> paragraphs(NormalizedDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof ParagraphBlock).map(b -> ((ParagraphBlock) b).text()).toList();
    }
}
