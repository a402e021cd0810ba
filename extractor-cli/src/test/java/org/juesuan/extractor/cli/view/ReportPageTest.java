package org.juesuan.extractor.cli.view;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.Provenance;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.model.Section;
import org.juesuan.extractor.model.SourceInfo;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page of one report, read back as a tree: every fact marked once where it stands, findings linked, text escaped. */
class ReportPageTest {
    static final String SEED = "001_ac178a9e9dd67b94.txt";
    static final String SHANGHAI = "sh-putuo-shehuigongzuobu-2024.pdf";

    static Predicate<HtmlTree.Element> named(String name) {
        return e -> e.name.equals(name);
    }

    static Predicate<HtmlTree.Element> factMark(int index) {
        return e -> String.valueOf(index).equals(e.attr("data-fact"));
    }

    /** Checks that hold for every page: each fact marked exactly once around its raw, each finding listed once. */
    static HtmlTree.Element checkedPage(ReportDocument report) {
        HtmlTree.Element page = HtmlTree.parse(ReportPage.render(report, null));
        List<HtmlTree.Element> marks = page.all(e -> e.attributes.containsKey("data-fact"));
        assertEquals(report.facts().size(), marks.size(), "one mark per fact");
        Set<String> marked = new HashSet<>();
        for (HtmlTree.Element mark : marks) {
            assertTrue(marked.add(mark.attr("data-fact")), "marked twice: fact " + mark.attr("data-fact"));
            Fact fact = report.facts().get(Integer.parseInt(mark.attr("data-fact")));
            assertEquals(fact.raw(), mark.text(), "the mark holds the fact's raw characters: " + fact);
            assertNotNull(mark.ancestor(named("main")), "marked in the text: " + fact);
        }
        List<String> findings = page.all(e -> e.attributes.containsKey("data-finding")).stream()
                .map(e -> e.attr("data-finding")).toList();
        assertEquals(IntStream.range(0, report.findings().size()).mapToObj(String::valueOf).toList(), findings);
        return page;
    }

    private static HtmlTree.Element mark(HtmlTree.Element page, ReportDocument report, Predicate<Fact> which) {
        List<Integer> indexes = IntStream.range(0, report.facts().size()).filter(i -> which.test(report.facts().get(i)))
                .boxed().toList();
        assertEquals(1, indexes.size(), "one such fact");
        return page.all(factMark(indexes.get(0))).get(0);
    }

    @Test
    void aSeedsFactsAreMarkedInTheirSentencesAndAFindingPointsAtTheSentencesItInvolves() {
        ReportDocument report = Extracted.report(RepoFiles.corpus(SEED));
        HtmlTree.Element page = checkedPage(report);

        // line 73 of the seed: 行政运行（项）:支出决算为1273.96万元
        HtmlTree.Element item = mark(page, report, f -> f.key().equals("gpb.item") && "2010101".equals(f.code()));
        assertEquals("1273.96万元", item.text());
        assertTrue(item.attr("title").contains("12,739,600 元（1,273.96 万元）"), item.attr("title"));
        assertTrue(item.hasClass("k-money") && item.hasClass("coded"));
        HtmlTree.Element sentence = item.ancestor(e -> e.hasClass("s"));
        assertTrue(sentence.text().startsWith("1.一般公共服务（类）人大事务（款）行政运行（项）:支出决算为1273.96万元，完成预算100%"),
                sentence.text());
        assertTrue(mark(page, report, f -> f.key().equals("gpb.item.budgetCompletion") && "2010101".equals(f.code()))
                .hasClass("k-percent"));

        // line 115: the share 100% of 6.96万元 in 7.24万元 is wrong; the finding names both sentences of the three
        int finding = IntStream.range(0, report.findings().size())
                .filter(i -> report.findings().get(i).rule().equals("share.matches")).findFirst().orElseThrow();
        HtmlTree.Element listed = page.all(e -> String.valueOf(finding).equals(e.attr("data-finding"))).get(0);
        assertTrue(listed.hasClass("sev-error"));
        assertTrue(listed.text().contains("procurement.sme.share 100% 与 6.96万元 ÷ 7.24万元 = 96.13% 不符"), listed.text());
        List<String> sentences = new ArrayList<>();
        for (String unit : listed.attr("data-units").split(" ")) {
            sentences.add(page.all(e -> unit.equals(e.attr("id"))).get(0).text());
        }
        assertEquals(List.of("授予中小企业合同金额6.96万元，占政府采购支出总额的100%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%。",
                "2021年，攀枝花市人大常委会办公室政府采购支出总额7.24万元，其中：政府采购货物支出7.24万元。"), sentences);
        for (String fact : listed.attr("data-facts").split(" ")) {
            HtmlTree.Element involved = page.all(factMark(Integer.parseInt(fact))).get(0);
            assertTrue(sentences.contains(involved.ancestor(e -> e.hasClass("s")).text()));
        }
        assertEquals(Set.of("procurement.sme.share", "procurement.sme", "procurement.total"),
                Set.of(listed.attr("data-facts").split(" ")).stream()
                        .map(i -> report.facts().get(Integer.parseInt(i)).key()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aShanghaiPdfsTablesAreTablesWithTheirFactCellsMarked() {
        ReportDocument report = Extracted.report(RepoFiles.corpus(SHANGHAI));
        HtmlTree.Element page = checkedPage(report);

        // page 12, 一般公共预算财政拨款支出决算表 (万元): 2013901 行政运行, 合计 51.32
        HtmlTree.Element cell = mark(page, report,
                f -> f.key().equals("table.gpbExpenditure.total") && "2013901".equals(f.code()));
        assertEquals("51.32", cell.text());
        assertTrue(cell.attr("title").contains("513,200 元（51.32 万元）") && cell.attr("title").contains("第12页"),
                cell.attr("title"));
        assertEquals("td", cell.parent.name);
        HtmlTree.Element row = cell.ancestor(named("tr"));
        assertTrue(row.text().startsWith("2013901行政运行51.32"), row.text());
        HtmlTree.Element wrap = cell.ancestor(e -> e.hasClass("table-wrap"));
        List<Object> siblings = wrap.parent.children;
        HtmlTree.Element caption = null;
        for (Object sibling : siblings.subList(0, siblings.indexOf(wrap))) {
            if (sibling instanceof HtmlTree.Element e && e.hasClass("table-caption")) {
                caption = e;
            }
        }
        assertNotNull(caption);
        assertTrue(caption.text().contains("一般公共预算财政拨款支出决算表") && caption.text().contains("单位：万元")
                && caption.text().contains("第12页"), caption.text());

        // every table fact sits in a cell, every narrative fact in a sentence
        for (int i = 0; i < report.facts().size(); i++) {
            HtmlTree.Element mark = page.all(factMark(i)).get(0);
            if ("table".equals(report.facts().get(i).source())) {
                assertNotNull(mark.ancestor(named("td")), "in a cell: " + report.facts().get(i));
            } else {
                assertNotNull(mark.ancestor(e -> e.hasClass("s")), "in a sentence: " + report.facts().get(i));
            }
        }
        // the sections as a table of contents, each linked to its anchor
        List<String> anchors = page.all(e -> e.hasClass("anchor")).stream().map(e -> e.attr("id")).toList();
        List<String> links = page.all(e -> e.ancestor(named("nav")) != null && e.name.equals("a"))
                .stream().map(e -> e.attr("href").substring(1)).toList();
        assertEquals(countSections(report.sections()), anchors.size());
        assertEquals(new HashSet<>(anchors), new HashSet<>(links));
    }

    private static int countSections(List<Section> sections) {
        return sections.stream().mapToInt(s -> 1 + countSections(s.children())).sum();
    }

    @Test
    void thePageIsSelfContainedAndUsesTheSystemsCjkFonts() {
        String html = ReportPage.render(Extracted.report(RepoFiles.corpus(SEED)), null);
        HtmlTree.Element page = HtmlTree.parse(html);
        assertTrue(page.all(e -> e.attributes.containsKey("src") || e.name.equals("link")).isEmpty());
        assertTrue(page.all(e -> e.attr("href") != null && !e.attr("href").startsWith("#")).isEmpty());
        String css = page.all(named("style")).get(0).text();
        assertFalse(css.contains("url(") || css.contains("@import"));
        assertTrue(css.contains("\"Noto Sans CJK SC\"") && css.contains("\"PingFang SC\"")
                && css.contains("\"Microsoft YaHei\"") && css.contains("sans-serif"));
        assertTrue(css.contains("@media (max-width: 700px)"));
        assertEquals("width=device-width, initial-scale=1",
                page.all(e -> "viewport".equals(e.attr("name"))).get(0).attr("content"));
    }

    /** Markup in the input stays text; overlapping raws nest; a fact outside every block is still marked once. */
    @Test
    void untrustedTextIsEscapedAndOverlappingFactsNest() {
        String line0 = "<script>alert('x')</script>部门 & \"单位\"";
        String line1 = "支出100万元，占50%。合计<b>200</b>万元。";
        String text = line0 + "\n" + line1 + "\n" + "合计\t1,511.89\n";
        int p1 = line0.length() + 1;
        int row = p1 + line1.length() + 1;
        List<Fact> facts = List.of(
                fact("expenditure.total", text, p1 + 2, p1 + 7, "narrative"),           // 100万元
                fact("expenditure.total.share", text, p1 + 9, p1 + 12, "narrative"),    // 50%
                fact("expenditure.total.outer", text, p1, p1 + 7, "narrative"),         // 支出100万元, around the amount
                fact("expenditure.total.same", text, p1 + 2, p1 + 7, "narrative"),      // the amount's extent again
                fact("table.x.total", text, row + 3, row + 11, "table"),                // 1,511.89 in a cell
                fact("report.department", text, 8, 13, "narrative"));                  // alert, inside the <script> text
        Fact outside = new Fact("outside", null, null, BigDecimal.ONE, "count", "1个", "narrative",
                new Provenance(null, text.length() + 5, text.length() + 7, null, "1个"));
        List<Fact> all = new ArrayList<>(facts);
        all.add(outside);
        Finding finding = new Finding("share.matches", "error", "<img src=x onerror=alert(1)> 不符", "does not match",
                BigDecimal.TEN, List.of(facts.get(1), facts.get(0)), List.of(facts.get(1).provenance()));
        ReportDocument report = new ReportDocument("1.1", new SourceInfo("x<y>.txt", "x<y>.txt", "txt", "0", 1, null),
                new ReportInfo("<i>部门</i>", 2024, "部门决算"), text,
                List.of(new ParagraphBlock(0, line0.length(), null, line0, null),
                        new ParagraphBlock(p1, p1 + line1.length(), null, line1, null),
                        new TableBlock(row, row + 11, null, List.of(new TableRow(List.of(
                                new TableCell(row, row + 2, "合计", null, null),
                                new TableCell(row + 3, row + 11, "1,511.89", 2, null)))))),
                List.of(new Section("1", "OVERVIEW", "第一部分 <概况>", 1, p1, text.length(), List.of())),
                List.of(new StatementTable("gpbExpenditure", "支出表<&>", "万元", false, "1", row, row + 11, List.of(),
                        List.of(), List.of())),
                all, List.of(finding));
        String html = ReportPage.render(report, null);
        assertFalse(html.contains("<script>alert") || html.contains("<img") || html.contains("<b>200") || html.contains("<i>部门"));

        HtmlTree.Element page = checkedPage(report);
        List<HtmlTree.Element> paragraphs = page.all(named("main")).get(0).all(named("p"));
        assertEquals(line0, paragraphs.get(0).text());
        assertEquals(line1, paragraphs.get(1).text());
        assertEquals(List.of("支出100万元，占50%。", "合计<b>200</b>万元。"),
                paragraphs.get(1).all(e -> e.hasClass("s")).stream().map(HtmlTree.Element::text).toList());
        HtmlTree.Element outer = page.all(factMark(2)).get(0);
        HtmlTree.Element same = page.all(factMark(3)).get(0);
        HtmlTree.Element amount = page.all(factMark(0)).get(0);
        assertEquals(outer, amount.parent); // the later fact of the same extent is the inner one
        assertEquals(amount, same.parent);
        assertTrue(page.all(factMark(1)).get(0).parent.hasClass("s"));
        HtmlTree.Element cell = page.all(factMark(4)).get(0).parent;
        assertEquals("td", cell.name);
        assertEquals("2", cell.attr("colspan"));
        assertNotNull(page.all(factMark(6)).get(0).ancestor(e -> e.hasClass("unplaced")));
        assertTrue(page.all(e -> e.hasClass("table-caption")).get(0).text().contains("支出表<&>"));

        HtmlTree.Element listed = page.all(e -> "0".equals(e.attr("data-finding"))).get(0);
        assertTrue(listed.text().contains("<img src=x onerror=alert(1)> 不符"));
        assertEquals("1 0", listed.attr("data-facts"));
        String unit = listed.attr("data-units");
        assertEquals("支出100万元，占50%。", page.all(e -> unit.equals(e.attr("id"))).get(0).text());
        assertNull(page.all(e -> e.hasClass("anchor")).get(0).attr("href"));
    }

    private static Fact fact(String key, String text, int start, int end, String source) {
        return new Fact(key, null, null, BigDecimal.ONE, "yuan", text.substring(start, end), source,
                new Provenance("1", start, end, null, text.substring(start, end)));
    }
}
