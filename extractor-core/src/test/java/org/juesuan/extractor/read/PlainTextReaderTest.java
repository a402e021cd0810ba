package org.juesuan.extractor.read;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void rebuildsTablesFromTabLedCellLines() {
        String text = "说明文字\n"
                + "\t项目资金\n（万元）\n\t\n\t全年预算数\n\n"
                + "\t\t年度资金总额：\t100\n\t100%\n\n"
                + "后面的段落\n";
        List<RawBlock> blocks = PlainTextReader.parse(text);
        assertEquals(3, blocks.size());
        assertEquals("说明文字", ((RawParagraph) blocks.get(0)).text());
        RawTable table = assertInstanceOf(RawTable.class, blocks.get(1));
        assertEquals(2, table.rows().size());
        assertEquals(List.of("项目资金\n（万元）", "", "全年预算数"), table.rows().get(0).stream().map(RawCell::text).toList());
        assertEquals(List.of("", "年度资金总额：", "100", "100%"), table.rows().get(1).stream().map(RawCell::text).toList());
        assertEquals("后面的段落", ((RawParagraph) blocks.get(2)).text());
    }

    @Test
    void aTabbedLineAfterAnOpenRowEndsTheTableInsteadOfJoiningTheCell() {
        List<RawBlock> blocks = PlainTextReader.parse("\t满意度\n\t100%\n 收入决算结构\t一般公共预算财政拨款收入\t788.43\t\n");
        RawTable table = assertInstanceOf(RawTable.class, blocks.get(0));
        assertEquals("100%", table.rows().get(0).get(1).text());
        assertTrue(((RawParagraph) blocks.get(1)).text().contains("788.43"));
    }

    @Test
    void readsSeedProjectPerformanceTableCellByCell() throws Exception {
        RawDocument doc = reader.read(RepoFiles.bytes(RepoFiles.corpus("000_b5790c93cfb4a072.txt")), "000.txt");
        RawTable table = doc.blocks().stream()
                .filter(b -> b instanceof RawTable t && t.rows().get(0).get(0).text().equals("项目绩效目标完成情况表1"))
                .map(RawTable.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("(2021年度)"), table.rows().get(1).stream().map(RawCell::text).toList());
        assertEquals(List.of("部门预算项目名称", "政治协商会议经费"), table.rows().get(2).stream().map(RawCell::text).toList());
        assertEquals(List.of("", "年度资金总额：", "100", "100", "100%"),
                table.rows().get(5).stream().map(RawCell::text).toList());
        assertEquals("总\n体\n目\n标", table.rows().get(8).get(0).text());
    }

    @Test
    void readsSeed002UnitTableWithItsRows() throws Exception {
        RawDocument doc = reader.read(RepoFiles.bytes(RepoFiles.corpus("002_0e630caa3884551f.txt")), "002.txt");
        long tables = doc.blocks().stream().filter(b -> b instanceof RawTable).count();
        assertTrue(tables >= 10, "002 has many project tables, found " + tables);
    }

    @Test
    void decodesGb18030Utf16AndUtf8WithBom() throws Exception {
        String text = "第一部分 部门概况\n本年收入合计2155.89万元。\n";
        for (Charset charset : List.of(Charset.forName("GB18030"), Charset.forName("GBK"))) {
            assertEquals("本年收入合计2155.89万元。", secondParagraph(text.getBytes(charset)), charset.name());
        }
        byte[] utf16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("本年收入合计2155.89万元。", secondParagraph(utf16));
        byte[] utf8Bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        RawDocument doc = reader.read(utf8Bom, "bom.txt");
        assertEquals("第一部分 部门概况", ((RawParagraph) doc.blocks().get(0)).text(), "the BOM is not part of the text");
    }

    @Test
    void rejectsEmptyAndBinaryContent() {
        ReadException empty = assertThrows(ReadException.class, () -> reader.read(new byte[0], "x.txt"));
        assertEquals("empty-file", empty.type().id());
        ReadException blank = assertThrows(ReadException.class, () -> reader.read(" \n\n\t\n".getBytes(), "x.txt"));
        assertEquals("no-text", blank.type().id());
    }

    private String secondParagraph(byte[] bytes) throws ReadException {
        return ((RawParagraph) reader.read(bytes, "t.txt").blocks().get(1)).text();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
