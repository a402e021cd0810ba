package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nine standard tables of the three real Shanghai PDFs: recognized, read row by row against hand
 * transcriptions of the pages (fixtures/tables), turned into the right facts, and consistent with themselves
 * and with the narrative.
 */
class ShanghaiStatementTablesTest {
    private static final List<String> NINE = List.of("incomeExpenditureSummary", "income", "expenditure",
            "appropriationSummary", "gpbExpenditure", "gpbBasic", "threePublic", "govFund", "stateCapital");

    static ReportDocument report(String pdf) {
        return Extracted.report(RepoFiles.corpus(pdf));
    }

    static StatementTable table(ReportDocument report, String kind) {
        return report.tables().stream().filter(t -> t.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " table in " + report.source().fileName()));
    }

    static List<Fact> tableFacts(ReportDocument report, String prefix) {
        return report.facts().stream().filter(f -> "table".equals(f.source()) && f.key().startsWith(prefix)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh-putuo-caizhengju-2024.pdf", "sh-putuo-guihuaziyuan-2024.pdf",
            "sh-putuo-shehuigongzuobu-2024.pdf", "sh-bumen-juesuan-template-2024.pdf"})
    void allNineTablesAreRecognizedInOrder(String pdf) {
        ReportDocument report = report(pdf);
        assertEquals(NINE, report.tables().stream().map(StatementTable::kind).toList());
        report.tables().forEach(t -> assertEquals("万元", t.unit(), t.kind()));
    }

    @Test
    void theTemplatesTablesYieldNoFacts() {
        ReportDocument template = report("sh-bumen-juesuan-template-2024.pdf");
        assertTrue(template.facts().stream().noneMatch(f -> "table".equals(f.source())));
        assertTrue(table(template, "income").rows().stream().anyMatch(StatementTable.Row::total),
                "the blank form's 合计 row is still a row");
    }

    @Test
    void declaredEmptyTablesAreRecordedWithoutFacts() {
        ReportDocument shehui = report("sh-putuo-shehuigongzuobu-2024.pdf");
        for (String kind : List.of("threePublic", "govFund", "stateCapital")) {
            assertTrue(table(shehui, kind).declaredEmpty(), kind + ": 故本表无数据");
            assertTrue(tableFacts(shehui, "table." + kind + ".").isEmpty(), kind);
        }
        assertFalse(table(report("sh-putuo-caizhengju-2024.pdf"), "threePublic").declaredEmpty());
    }

    /** The code tables transcribed by hand in fixtures/tables: report and table kind. */
    static Stream<Arguments> transcribedCodeTables() {
        return Stream.of("sh-putuo-caizhengju-2024.pdf", "sh-putuo-guihuaziyuan-2024.pdf").flatMap(pdf ->
                Stream.of("income", "expenditure", "gpbExpenditure").map(kind -> Arguments.of(pdf, kind)));
    }

    /** Every row of the code tables, with its code, name and every column, as transcribed from the page. */
    @ParameterizedTest
    @MethodSource("transcribedCodeTables")
    void codeTablesMatchTheirHandTranscription(String pdf, String kind) throws IOException {
        ExpectedTable expected = ExpectedTable.load(pdf, kind);
        StatementTable table = table(report(pdf), kind);
        assertEquals(expected.title(), table.title());
        assertEquals(expected.pages(), table.pages());
        List<Integer> valueColumns = valueColumns(table);
        assertEquals(expected.headers().size(), valueColumns.size(), "value columns " + table.columns());
        assertEquals(expected.rows().size(), table.rows().size(), "rows");
        for (int i = 0; i < expected.rows().size(); i++) {
            ExpectedTable.Row want = expected.rows().get(i);
            StatementTable.Row got = table.rows().get(i);
            String where = pdf + " " + kind + " row " + i + " " + want.name();
            assertEquals(want.code().isEmpty() ? null : want.code(), got.code(), where);
            assertEquals(want.name().equals("合计"), got.total(), where);
            assertEquals(want.name(), got.label().replace(" ", ""), where);
            for (int v = 0; v < valueColumns.size(); v++) {
                assertEquals(want.values().get(v), got.cells().get(valueColumns.get(v)).replace(" ", ""),
                        where + " / " + expected.headers().get(v));
            }
        }
    }

    /** One fact per printed figure, keyed by the column, coded by the row, in yuan. */
    @ParameterizedTest
    @MethodSource("transcribedCodeTables")
    void codeTablesGiveOneFactPerPrintedFigure(String pdf, String kind) throws IOException {
        ExpectedTable expected = ExpectedTable.load(pdf, kind);
        ReportDocument report = report(pdf);
        List<String> want = new ArrayList<>();
        for (ExpectedTable.Row row : expected.rows()) {
            for (int v = 0; v < expected.headers().size(); v++) {
                String printed = row.values().get(v);
                if (!printed.isEmpty()) {
                    want.add("table." + kind + "." + COLUMN_KEYS.get(expected.headers().get(v)) + "["
                            + (row.code().isEmpty() ? "" : row.code()) + "]="
                            + new BigDecimal(printed.replace(",", "")).movePointRight(4).stripTrailingZeros().toPlainString());
                }
            }
        }
        List<String> got = tableFacts(report, "table." + kind + ".").stream()
                .map(f -> f.key() + "[" + (f.code() == null ? "" : f.code()) + "]="
                        + ((BigDecimal) f.value()).stripTrailingZeros().toPlainString())
                .toList();
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList());
    }

    /** The printed headers of the standard tables and the contract words their columns get. */
    private static final Map<String, String> COLUMN_KEYS = Map.ofEntries(
            Map.entry("本年收入合计", "total"), Map.entry("财政拨款收入", "appropriation"),
            Map.entry("上级补助收入", "superiorSubsidy"), Map.entry("事业收入", "business"),
            Map.entry("经营收入", "operating"), Map.entry("附属单位上缴收入", "subsidiaryRemittance"),
            Map.entry("其他收入", "other"), Map.entry("本年支出合计", "total"), Map.entry("基本支出", "basic"),
            Map.entry("项目支出", "project"), Map.entry("上缴上级支出", "remitToSuperior"),
            Map.entry("经营支出", "operating"), Map.entry("对附属单位补助支出", "subsidiarySubsidy"),
            Map.entry("合计", "total"));

    @Test
    void factsCarryTheirCellAndPage() {
        ReportDocument report = report("sh-putuo-caizhengju-2024.pdf");
        Fact item = tableFacts(report, "table.gpbExpenditure.total").stream()
                .filter(f -> "2010601".equals(f.code())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("15118900").compareTo((BigDecimal) item.value()), item.value().toString());
        assertEquals("1,511.89", item.raw());
        assertEquals("行政运行", item.label());
        assertEquals(15, item.provenance().page());
        assertEquals("1,511.89", report.text().substring(item.provenance().start(), item.provenance().end()));
        assertTrue(item.provenance().text().contains("行政运行"), item.provenance().text());
        StatementTable table = report.tables().get(item.provenance().cell().table());
        assertEquals("gpbExpenditure", table.kind());
        assertEquals("1,511.89", table.rows().get(item.provenance().cell().row()).cells()
                .get(item.provenance().cell().column()));
    }

    @Test
    void theThreePublicTableReadsItsTwoPrintedBudgets() {
        ReportDocument report = report("sh-putuo-caizhengju-2024.pdf");
        Map<String, BigDecimal> got = tableFacts(report, "table.threePublic.").stream()
                .collect(Collectors.toMap(Fact::key, f -> ((BigDecimal) f.value()).stripTrailingZeros()));
        assertEquals(Map.of("table.threePublic.total.budget", new BigDecimal("9.5E+3"),
                "table.threePublic.reception.budget", new BigDecimal("9.5E+3")), got);
    }

    @Test
    void theSummaryTableReadsBothSides() {
        ReportDocument report = report("sh-putuo-caizhengju-2024.pdf");
        Map<String, String> got = tableFacts(report, "table.incomeExpenditureSummary.").stream()
                .collect(Collectors.toMap(f -> f.key() + (f.code() == null ? "" : "[" + f.code() + "]"), Fact::raw));
        assertEquals(Map.ofEntries(
                Map.entry("table.incomeExpenditureSummary.income.gpbAppropriation", "2,940.05"),
                Map.entry("table.incomeExpenditureSummary.income.other", "6.20"),
                Map.entry("table.incomeExpenditureSummary.income.total", "2,946.25"),
                Map.entry("table.incomeExpenditureSummary.income.carryoverBegin", "49.14"),
                Map.entry("table.incomeExpenditureSummary.total.income", "2,995.39"),
                Map.entry("table.incomeExpenditureSummary.expenditure[201]", "2,106.66"),
                Map.entry("table.incomeExpenditureSummary.expenditure[208]", "326.71"),
                Map.entry("table.incomeExpenditureSummary.expenditure[210]", "60.99"),
                Map.entry("table.incomeExpenditureSummary.expenditure[221]", "445.69"),
                Map.entry("table.incomeExpenditureSummary.expenditure.total", "2,940.05"),
                Map.entry("table.incomeExpenditureSummary.expenditure.carryoverEnd", "55.34"),
                Map.entry("table.incomeExpenditureSummary.total.expenditure", "2,995.39")), got);
    }

    /** Every figure of the hand transcription of the 收入支出决算总表 is a fact of its side, and no other is. */
    @Test
    void theSummaryTableMatchesItsHandTranscription() throws IOException {
        ReportDocument report = report("sh-putuo-caizhengju-2024.pdf");
        List<String> want = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(
                RepoFiles.fixture("tables/sh-putuo-caizhengju-2024.incomeExpenditureSummary.tsv"))) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 3 && !line.startsWith("#") && !cells[0].equals("side") && !cells[2].isEmpty()) {
                want.add(cells[0] + " " + cells[1] + " " + cells[2]);
            }
        }
        List<String> got = tableFacts(report, "table.incomeExpenditureSummary.").stream()
                .map(f -> (f.key().replace("table.incomeExpenditureSummary.", "").contains("income") ? "income"
                        : "expenditure") + " " + f.label() + " " + f.raw())
                .toList();
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList());
    }

    /** 类 = Σ its 款, 款 = Σ its 项, 合计 = Σ 类, in every column, within the rounding of the printed figures. */
    @ParameterizedTest
    @ValueSource(strings = {"sh-putuo-caizhengju-2024.pdf", "sh-putuo-guihuaziyuan-2024.pdf",
            "sh-putuo-shehuigongzuobu-2024.pdf"})
    void rowSumsAgreeWithTheTotals(String pdf) {
        ReportDocument report = report(pdf);
        for (String kind : List.of("income", "expenditure", "gpbExpenditure")) {
            StatementTable table = table(report, kind);
            for (int column : valueColumns(table)) {
                Map<String, BigDecimal> byCode = table.rows().stream().filter(r -> r.code() != null)
                        .collect(Collectors.toMap(StatementTable.Row::code, r -> figure(r, column)));
                BigDecimal total = table.rows().stream().filter(StatementTable.Row::total)
                        .map(r -> figure(r, column)).findFirst().orElseThrow();
                assertSum(total, byCode, c -> c.length() == 3, pdf + " " + kind + " 合计 col " + column);
                for (String parent : byCode.keySet()) {
                    if (parent.length() < 7) {
                        assertSum(byCode.get(parent), byCode, c -> c.length() == parent.length() + 2
                                && c.startsWith(parent), pdf + " " + kind + " " + parent + " col " + column);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh-putuo-caizhengju-2024.pdf", "sh-putuo-guihuaziyuan-2024.pdf",
            "sh-putuo-shehuigongzuobu-2024.pdf"})
    void tableItemsAgreeWithTheNarrativesItems(String pdf) {
        ReportDocument report = report(pdf);
        Map<String, BigDecimal> table = tableFacts(report, "table.gpbExpenditure.total").stream()
                .filter(f -> f.code() != null)
                .collect(Collectors.toMap(Fact::code, f -> (BigDecimal) f.value()));
        List<Fact> items = report.facts().stream().filter(f -> f.key().equals("gpb.item")).toList();
        assertFalse(items.isEmpty());
        for (Fact item : items) {
            BigDecimal inTable = table.get(item.code());
            assertTrue(inTable != null, item.code() + " not in the table");
            assertEquals(0, inTable.compareTo((BigDecimal) item.value()), item.code() + " " + item.raw());
        }
    }

    private static void assertSum(BigDecimal whole, Map<String, BigDecimal> byCode,
                                  java.util.function.Predicate<String> part, String what) {
        List<BigDecimal> parts = byCode.entrySet().stream().filter(e -> part.test(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (parts.isEmpty()) {
            return;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // each printed figure is rounded to the fen: the parts and the whole may differ by half a fen each
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(parts.size() + 1));
        assertTrue(sum.subtract(whole).abs().compareTo(tolerance) <= 0, what + ": " + whole + " vs Σ " + sum);
    }

    private static BigDecimal figure(StatementTable.Row row, int column) {
        String printed = row.cells().get(column).replace(",", "").replace(" ", "");
        return printed.isEmpty() ? BigDecimal.ZERO : new BigDecimal(printed);
    }

    static List<Integer> valueColumns(StatementTable table) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String key = table.columns().get(c).key();
            if (key != null && !List.of("class", "kuan", "item", "code", "name").contains(key)) {
                columns.add(c);
            }
        }
        return columns;
    }
}
