package org.juesuan.extractor.read.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PageExtractor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.juesuan.extractor.eval.DocumentScore;
import org.juesuan.extractor.eval.Evaluation;
import org.juesuan.extractor.eval.FactIdentity;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.OcrPage;
import org.juesuan.extractor.model.OcrSummary;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scanned copies (fixtures/ocr, made by fixtures/make-ocr-fixtures.sh) against the text PDF pages they were made
 * from: their narrative facts scored with eval's FactIdentity. Needs tesseract with chi_sim; skipped without it.
 * Slow: each page is OCR'd once (10 pages in all; the table page twice: its lines, then its word boxes).
 * <p>
 * The target is F1 ≥ 0.90; each fixture asserts the level it reaches (docs/ocr.md), so that none can drop
 * unnoticed.
 */
class ScannedPdfTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Map<String, ExtractionOutcome> OUTCOMES = new ConcurrentHashMap<>();

    @BeforeAll
    static void needsTesseract() {
        TesseractOcrEngine engine = new TesseractOcrEngine();
        assumeTrue(engine.unavailable().isEmpty(),
                () -> "OCR tests skipped: " + engine.unavailable().orElse(""));
    }

    private static ReportDocument extract(String name, byte[] content) {
        ExtractionOutcome outcome = OUTCOMES.computeIfAbsent(name, n -> EXTRACTOR.extract(content, n, n));
        if (outcome instanceof ExtractionOutcome.Success success) {
            return success.report();
        }
        throw new AssertionError(name + " gave an error record: " + ((ExtractionOutcome.Failure) outcome).error());
    }

    private static ReportDocument fixture(String name) throws IOException {
        return extract(name, Files.readAllBytes(RepoFiles.fixture("ocr/" + name)));
    }

    /** Pages first..last of a text PDF, as the scan was made from them. */
    private static ReportDocument textPages(Path pdf, int first, int last) throws IOException {
        String name = pdf.getFileName() + "-p" + first + "-" + last + ".pdf";
        if (OUTCOMES.containsKey(name)) {
            return extract(name, null);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile());
             PDDocument pages = new PageExtractor(document, first, last).extract()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pages.save(out);
            return extract(name, out.toByteArray());
        }
    }

    private static Path seed(String prefix) throws IOException {
        try (var files = Files.list(RepoFiles.fixture("seeds"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".pdf"))
                    .findFirst().orElseThrow();
        }
    }

    private static void assertAgree(ReportDocument text, ReportDocument scan, int minFacts, double minF1) {
        Set<FactIdentity> expected = Evaluation.identities(text);
        DocumentScore score = DocumentScore.of(scan.source().fileName(), scan.source().fileName(), expected,
                Evaluation.identities(scan));
        String summary = String.format("%s: F1 %.3f (P %.3f, R %.3f) of %d facts; missed %s; false %s",
                scan.source().fileName(), score.total().f1(), score.total().precision(), score.total().recall(),
                expected.size(), score.misses(), score.falseFacts());
        System.out.println(summary);
        assertTrue(expected.size() >= minFacts, "the text pages have " + expected.size() + " facts");
        assertTrue(score.total().f1() >= minF1, summary);
    }

    private static void assertAllPagesRead(ReportDocument scan, int pages, String reason) {
        OcrSummary ocr = scan.ocr();
        assertEquals("tesseract", ocr.engine());
        assertEquals("chi_sim", ocr.language());
        assertEquals(pages, ocr.pages().size(), ocr.pages().toString());
        for (OcrPage page : ocr.pages()) {
            assertEquals(reason, page.reason(), page.toString());
            assertTrue(page.read(), page.toString());
        }
        for (Fact fact : scan.facts()) {
            if (fact.provenance() != null && fact.provenance().page() != null) {
                assertEquals(Boolean.TRUE, fact.provenance().ocr(), fact.toString());
            }
        }
        ReportSchema.assertValid(ReportJson.toJson(scan));
    }

    @Test
    void shanghaiScanGivesTheTextPdfsNarrativeFacts() throws IOException {
        ReportDocument text = textPages(RepoFiles.root().resolve("corpora/sh-putuo-caizhengju-2024.pdf"), 21, 24);
        ReportDocument scan = fixture("caizhengju-p21-24-scan.pdf");
        assertAllPagesRead(scan, 4, OcrPage.NO_TEXT_LAYER);
        assertAgree(text, scan, 70, 0.93);
    }

    @Test
    void theSidewaysAndTheNoisyPageAreReadToo() throws IOException {
        ReportDocument scan = fixture("caizhengju-p21-24-scan.pdf");
        // page 3 is turned a quarter in its pixels, page 4 is noisy: both read upright, their text as printed
        assertTrue(pageText(scan, 3).contains("六、一般公共预算财政拨款基本支出决算情况说明"), pageText(scan, 3));
        assertTrue(pageText(scan, 3).contains("2336.91"), pageText(scan, 3));
        assertTrue(pageText(scan, 4).contains("政府采购") && pageText(scan, 4).contains("251.25"), pageText(scan, 4));
    }

    private static String pageText(ReportDocument report, int page) {
        return report.blocks().stream().filter(b -> b.page() != null && b.page() == page)
                .map(b -> report.text().substring(b.start(), b.end())).collect(Collectors.joining("\n"));
    }

    @Test
    void seedLibreOfficeScanGivesTheTextPdfsNarrativeFacts() throws IOException {
        ReportDocument text = textPages(seed("001_"), 5, 7);
        ReportDocument scan = fixture("seed001-p5-7-scan.pdf");
        assertAllPagesRead(scan, 3, OcrPage.NO_TEXT_LAYER);
        assertAgree(text, scan, 75, 0.99);
    }

    @Test
    void aTextLayerWithoutUnicodeMapsIsReadByOcr() throws IOException {
        ReportDocument text = textPages(seed("004_"), 3, 4);
        ReportDocument garbled = fixture("seed004-p3-4-no-tounicode.pdf");
        assertAllPagesRead(garbled, 2, OcrPage.GARBLED_TEXT_LAYER);
        assertAgree(text, garbled, 45, 0.98);
        String chars = garbled.text().codePoints().filter(c -> c < 0x20 && c != '\n' && c != '\t')
                .mapToObj(Character::toString).collect(Collectors.joining());
        assertEquals("", chars, "control characters of the garbled layer left in the text");
    }

    @Test
    void aScannedStatementTableGivesTheTextPdfsTableFacts() throws IOException {
        ReportDocument text = textPages(RepoFiles.root().resolve("corpora/sh-putuo-caizhengju-2024.pdf"), 15, 15);
        ReportDocument scan = fixture("caizhengju-p15-table-scan.pdf");
        assertAllPagesRead(scan, 1, OcrPage.NO_TEXT_LAYER);
        assertEquals(1, scan.tables().size(), scan.tables().toString());
        StatementTable table = scan.tables().get(0);
        assertEquals("gpbExpenditure", table.kind());
        assertEquals("万元", table.unit());
        assertEquals(List.of("class", "kuan", "item", "name", "total", "basic", "project"),
                table.columns().stream().map(StatementTable.Column::key).toList());
        // as printed on page 15: 行政运行 1,511.89 | 1,503.52 | 8.37; 一般行政管理事务 10.00 | (blank) | 10.00
        Set<String> facts = tableFacts(scan);
        assertTrue(facts.containsAll(Set.of("table.gpbExpenditure.total[2010601]=15118900",
                "table.gpbExpenditure.basic[2010601]=15035200", "table.gpbExpenditure.project[2010601]=83700",
                "table.gpbExpenditure.total[2010602]=100000", "table.gpbExpenditure.project[2010602]=100000")), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("table.gpbExpenditure.basic[2010602]")), facts.toString());
        assertEquals(tableFacts(text), facts);
    }

    private static Set<String> tableFacts(ReportDocument report) {
        return report.facts().stream().filter(f -> "table".equals(f.source()))
                .map(f -> f.key() + "[" + f.code() + "]=" + f.value()).collect(Collectors.toCollection(TreeSet::new));
    }
}
