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
}
