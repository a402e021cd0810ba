package org.juesuan.extractor.read;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReaderTest {
    private static RawDocument shehui;

    @BeforeAll
    static void read() throws Exception {
        shehui = new PdfReader().read(RepoFiles.bytes(RepoFiles.corpus("sh-putuo-shehuigongzuobu-2024.pdf")), "x.pdf");
    }

    private static List<RawParagraph> paragraphs(RawDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof RawParagraph).map(RawParagraph.class::cast).toList();
    }

    private static RawParagraph paragraphStartingWith(RawDocument doc, String prefix) {
        return paragraphs(doc).stream().filter(p -> p.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + prefix));
    }

    @Test
    void countsPagesAndNumbersBlocksByPage() {
        assertEquals(24, shehui.pages());
        assertEquals(1, shehui.blocks().get(0).page());
        List<Integer> pages = paragraphs(shehui).stream().filter(p -> p.text().equals("一、收入支出决算总体情况说明"))
                .map(RawParagraph::page).toList();
        assertEquals(List.of(2, 17), pages, "in the 目录 on page 2, as a heading on page 17");
    }

    @Test
    void joinsLinesWrappedInsideANumberAndKeepsHeadingsApart() {
        RawParagraph p = paragraphStartingWith(shehui, "中共上海市普陀区委社会工作部2024年度收入支出总计");
        assertEquals("中共上海市普陀区委社会工作部2024年度收入支出总计307.82\n万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长\n"
                + "100.00%。主要原因：单位于 2024 年成立。", p.text());
        assertEquals("二、收入决算情况说明", paragraphStartingWith(shehui, "二、收入决算情况说明").text());
    }

    @Test
    void joinsAParagraphThatContinuesOnTheNextPage() {
        RawParagraph p = paragraphStartingWith(shehui, "一般公共预算财政拨款支出 307.82 万元，占本年支出合计的");
        assertTrue(p.text().contains("占本年支出合计的\n100.00%。与 2023 年度相比"), p.text());
        assertEquals(17, p.page(), "a paragraph's page is the page it starts on");
    }

    @Test
    void keepsListItemsAsSeparateParagraphs() {
        RawParagraph item = paragraphStartingWith(shehui, "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）");
        assertTrue(item.text().contains("完成全年预算数的 98.69%"), item.text());
        assertFalse(item.text().contains("2、一般公共服务支出"), "the next list item starts its own paragraph");
    }

    @Test
    void doesNotAppendTheBookmarkOutline() {
        List<RawParagraph> all = paragraphs(shehui);
        long tocLike = all.stream().filter(p -> p.text().equals("一、收入支出决算总体情况说明")).count();
        assertEquals(2, tocLike, "once in the printed 目录 and once as the heading; the outline would add a third");
    }

    @Test
    void financeBureauPdfKeepsItsBudgetItemsWhole() throws Exception {
        RawDocument doc = new PdfReader().read(RepoFiles.bytes(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf")), "c.pdf");
        RawParagraph item = paragraphStartingWith(doc, "1、一般公共服务支出（类）财政事务（款）行政运行（项）");
        assertTrue(item.text().replace("\n", "").contains("支出决算为1511.89万元。决算数小于预算数的主要原因"), item.text());
        assertEquals(25, doc.pages());
    }

    private static List<RawTable> tables(RawDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof RawTable).map(RawTable.class::cast).toList();
    }

    private static List<String> texts(List<RawCell> row) {
        return row.stream().map(RawCell::text).toList();
    }

    @Test
    void rebuildsRuledTablesWithTheirMergedCells() throws Exception {
        RawDocument doc = new PdfReader().read(RepoFiles.bytes(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf")), "c.pdf");
        RawTable gpb = tables(doc).stream().filter(t -> t.page() == 15).findFirst().orElseThrow();
        assertEquals(new RawCell("项目", 4, 1), gpb.rows().get(0).get(0), "项目 over the three code columns and the name");
        assertEquals(List.of("201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37"),
                gpb.rows().stream().map(PdfReaderTest::texts).filter(r -> r.contains("行政运行")).findFirst().orElseThrow());
        List<RawCell> last = gpb.rows().get(gpb.rows().size() - 1);
        assertEquals(new RawCell("合计", 4, 1), last.get(0));
        assertEquals("机关事业单位基本养老保险缴费支出", gpb.rows().stream().map(r -> r.get(r.size() > 4 ? 3 : 0).text())
                .filter(t -> t.startsWith("机关事业单位基本")).findFirst().orElseThrow(), "a name on one line in this table");
        assertTrue(paragraphs(doc).stream().noneMatch(p -> p.text().contains("1,503.52")),
                "a table's figures are read once, in the table, not again as text");
    }

    @Test
    void aNameWrappedInItsCellStaysInItsCell() throws Exception {
        RawDocument doc = new PdfReader().read(RepoFiles.bytes(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf")), "c.pdf");
        RawTable income = tables(doc).stream().filter(t -> t.page() == 8).findFirst().orElseThrow();
        List<String> row = income.rows().stream().map(PdfReaderTest::texts).filter(r -> r.contains("05") && r.contains("160.75"))
                .findFirst().orElseThrow();
        assertEquals(List.of("208", "05", "05", "机关事业单位基本养老保险\n缴费支出", "160.75", "160.75", "", "", "", "", ""), row);
    }

    @Test
    void aTableContinuedOnTheNextPageIsATableOnEachPageAndTheTemplateHasAllItsTables() throws Exception {
        RawDocument doc = new PdfReader().read(RepoFiles.bytes(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf")), "c.pdf");
        List<Integer> pages = tables(doc).stream().map(RawTable::page).toList();
        assertTrue(pages.containsAll(List.of(8, 9)), "收入决算表 runs over pages 8 and 9: " + pages);
        RawDocument template = new PdfReader().read(RepoFiles.bytes(RepoFiles.corpus("sh-bumen-juesuan-template-2024.pdf")), "t.pdf");
        assertTrue(tables(template).size() >= 10, "the 单位构成 table and the nine 决算表: " + tables(template).size());
    }
}
