package org.juesuan.extractor.cli.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real browser (headless Chromium, Debian's {@code chromium}): every fact marked once and every
 * finding listed as the browser sees the DOM, a click on a finding highlights its sentences, the fact search filters,
 * nothing is wider than a phone's screen, and screenshots go to {@code target/view-screenshots/} for people to look
 * at. Skipped, with a message, when no Chromium is installed ({@link ReportPageTest} still checks the HTML).
 */
class ViewBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "view-screenshots");

    @TempDir
    static Path tmp;
    static HeadlessChromium browser;

    private static final String NO_BROWSER =
            "browser test skipped: no Chromium found (install it: apt-get install -y chromium, or set CHROMIUM)";

    @BeforeAll
    static void startBrowser() throws Exception {
        Optional<Path> binary = HeadlessChromium.find();
        if (binary.isPresent()) {
            browser = HeadlessChromium.start(binary.get(), tmp.resolve("profile"));
        } else {
            System.err.println(NO_BROWSER);
        }
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(browser != null, NO_BROWSER);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static HeadlessChromium.Page open(ReportDocument report, String name, int width, int height, boolean mobile)
            throws Exception {
        Path page = tmp.resolve(name + ".html");
        Files.writeString(page, ReportPage.render(report, null));
        return browser.open(page.toUri(), width, height, mobile);
    }

    @Test
    void aShanghaiPdfsPageHighlightsTheSentencesOfAClickedFinding() throws Exception {
        checkReport(Extracted.report(RepoFiles.corpus(ReportPageTest.SHANGHAI)), "sh-putuo-shehuigongzuobu-2024");
    }

    @Test
    void aSeedsPageHighlightsTheSentencesOfAClickedFinding() throws Exception {
        checkReport(Extracted.report(RepoFiles.corpus(ReportPageTest.SEED)), "001_ac178a9e9dd67b94");
    }

    private static void checkReport(ReportDocument report, String name) throws Exception {
        HeadlessChromium.Page page = open(report, name, 1366, 900, false);

        List<String> marks = strings(page.evaluate(
                "Array.from(document.querySelectorAll('#doc [data-fact]'), e => e.dataset.fact)"));
        assertEquals(report.facts().size(), marks.size(), "one mark per fact");
        assertEquals(IntStream.range(0, report.facts().size()).mapToObj(String::valueOf).collect(java.util.stream.Collectors.toSet()),
                new HashSet<>(marks), "every fact marked");
        List<String> findings = strings(page.evaluate(
                "Array.from(document.querySelectorAll('[data-finding]'), e => e.getClientRects().length > 0 ? e.dataset.finding : 'hidden')"));
        assertEquals(IntStream.range(0, report.findings().size()).mapToObj(String::valueOf).toList(), findings,
                "every finding listed and shown");
        assertTrue(!findings.isEmpty(), "the report has findings to click");

        clickFirstFindingAndSeeItsSentences(page);
        page.screenshot(SCREENSHOTS.resolve(name + "-finding.png"));

        // a click on a marked figure shows its key, value and source
        int fact = report.facts().size() - 1;
        JsonNode mark = page.evaluate(center("#doc [data-fact=\"" + fact + "\"]"));
        page.click(mark.path("x").asDouble(), mark.path("y").asDouble());
        HeadlessChromium.waitFor(() -> !page.evaluate("document.getElementById('detail').hidden").asBoolean(),
                "the fact's details to show");
        String detail = page.evaluate("document.getElementById('detail').innerText").asText();
        assertTrue(detail.contains(report.facts().get(fact).key()) && detail.contains(report.facts().get(fact).raw()), detail);
        page.evaluate("document.querySelector('#detail .close').click()");

        // the search over facts: a code keeps only that code's facts
        String code = report.facts().stream().filter(f -> f.code() != null).findFirst().orElseThrow().code();
        page.evaluate("document.getElementById('fact-search').focus()");
        page.type(code);
        long expected = report.facts().stream().filter(f -> (f.key() + " " + f.code() + " " + f.label() + " " + f.raw())
                .toLowerCase().contains(code)).count();
        HeadlessChromium.waitFor(() -> page.evaluate("document.querySelectorAll('[data-fact-item]:not(.hidden)').length")
                .asLong() == expected, "the fact list to be filtered by " + code);
        page.screenshot(SCREENSHOTS.resolve(name + "-search.png"));

        // on a phone: nothing wider than the screen, the text in a readable size
        HeadlessChromium.Page phone = open(report, name + "-phone", 390, 844, true);
        // (innerWidth is no measure here: a mobile browser widens its layout viewport to fit wider content)
        assertFalse(phone.evaluate("document.documentElement.scrollWidth > 390").asBoolean(),
                "no horizontal scrolling on a phone");
        assertTrue(phone.evaluate("parseFloat(getComputedStyle(document.querySelector('#doc p')).fontSize) >= 14").asBoolean());
        clickFirstFindingAndSeeItsSentences(phone);
        phone.screenshot(SCREENSHOTS.resolve(name + "-phone.png"));
    }

    @Test
    void theIndexSortsByAClickedColumn() throws Exception {
        Path index = tmp.resolve("index.html");
        Files.writeString(index, IndexPage.render("index", List.of(
                new IndexPage.Entry("b.txt", "reports/b.html", "乙单位", 2021, "部门决算", false, 120, 3, 1, null),
                new IndexPage.Entry("c.txt", null, null, null, null, false, null, null, null, "empty-file: the file is empty"),
                new IndexPage.Entry("a.pdf", "reports/a.html", "甲单位", 2024, "单位决算", false, 9, 0, 0, null))));
        HeadlessChromium.Page page = browser.open(index.toUri(), 1000, 600, false);
        String files = "Array.from(document.querySelectorAll('tbody tr'), r => r.cells[6].textContent).join(' ')";
        JsonNode year = page.evaluate(center("th:nth-child(2)"));
        page.click(year.path("x").asDouble(), year.path("y").asDouble());
        HeadlessChromium.waitFor(() -> page.evaluate(files).asText().equals("c.txt b.txt a.pdf"), "ascending years");
        page.click(year.path("x").asDouble(), year.path("y").asDouble());
        HeadlessChromium.waitFor(() -> page.evaluate(files).asText().equals("a.pdf b.txt c.txt"), "descending years");
        JsonNode facts = page.evaluate(center("th:nth-child(4)"));
        page.click(facts.path("x").asDouble(), facts.path("y").asDouble());
        HeadlessChromium.waitFor(() -> page.evaluate(files).asText().equals("c.txt a.pdf b.txt"), "ascending facts (9 < 120)");
        assertEquals("ascending", page.evaluate("document.querySelector('th:nth-child(4)').getAttribute('aria-sort')").asText());
        page.screenshot(SCREENSHOTS.resolve("index.png"));
    }

    /** A real click on the first finding that involves facts; then its sentences and facts, and only those, are lit. */
    private static void clickFirstFindingAndSeeItsSentences(HeadlessChromium.Page page) throws Exception {
        String finding = page.evaluate("document.querySelector('[data-finding]:not([data-units=\"\"])').dataset.finding").asText();
        String selector = "[data-finding=\"" + finding + "\"]";
        JsonNode point = page.evaluate(center(selector + " > button"));
        page.click(point.path("x").asDouble(), point.path("y").asDouble());
        HeadlessChromium.waitFor(() -> page.evaluate("document.querySelectorAll('#doc .hl').length > 0").asBoolean(),
                "the finding's sentences to be highlighted");

        Set<String> units = Set.of(page.evaluate("document.querySelector('" + selector + "').dataset.units").asText().split(" "));
        assertEquals(units, new HashSet<>(strings(page.evaluate("Array.from(document.querySelectorAll('#doc .hl'), e => e.id)"))));
        assertEquals("true", page.evaluate("document.querySelector('" + selector + " > button').getAttribute('aria-pressed')").asText());
        Set<String> facts = Set.of(page.evaluate("document.querySelector('" + selector + "').dataset.facts").asText().split(" "));
        assertEquals(facts, new HashSet<>(strings(page.evaluate(
                "Array.from(document.querySelectorAll('#doc .hl-fact'), e => e.dataset.fact)"))));
        // the highlight shows: the highlight colour, and the first highlighted place scrolled into view
        assertTrue(page.evaluate("Array.from(document.querySelectorAll('#doc .hl')).every(e => "
                + "getComputedStyle(e.tagName === 'TR' ? e.cells[0] : e).backgroundColor === 'rgb(255, 213, 204)')").asBoolean(),
                "highlighted sentences have the highlight colour");
        assertTrue(page.evaluate("(() => { const r = document.querySelector('#doc .hl-fact, #doc .hl').getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight; })()").asBoolean(), "the highlight is in view");
    }

    /** A script giving the viewport point to click on the element, after scrolling it into view. */
    private static String center(String selector) {
        return "(() => { const b = document.querySelector('" + selector + "'); b.scrollIntoView({block: 'center'});"
                + " const r = b.getClientRects()[0]; return {x: r.left + Math.min(r.width / 2, 20), y: r.top + Math.min(r.height / 2, 12)}; })()";
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
