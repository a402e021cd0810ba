package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The 财政局's 收入决算表 and 支出决算表 as a Word file of 附表 (.docx and .doc: title paragraphs, merged header
 * cells, codes split over 类/款/项), as an HTML page, as a spreadsheet (.xlsx and .xls: title and unit inside the
 * sheet) and as a standalone PDF running over two pages: the same facts as from the published PDF, whose tables are checked against the page by
 * {@link ShanghaiStatementTablesTest}.
 */
class OfficeStatementTablesTest {
    private static List<String> facts(ReportDocument report, String kind) {
        return report.facts().stream().filter(f -> "table".equals(f.source()) && f.key().startsWith("table." + kind + "."))
                .map(OfficeStatementTablesTest::identity).sorted().toList();
    }

    private static String identity(Fact f) {
        return f.key() + "[" + (f.code() == null ? "" : f.code()) + "]="
                + ((BigDecimal) f.value()).stripTrailingZeros().toPlainString() + " " + f.raw();
    }

    private static final ReportDocument PDF = Extracted.report(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf"));

    @ParameterizedTest
    @ValueSource(strings = {"caizhengju-tables.docx", "caizhengju-tables.doc"})
    void aWordFileOfTablesGivesThePdfsFacts(String file) {
        ReportDocument docx = Extracted.report(RepoFiles.fixture("tables/" + file));
        assertEquals(List.of("income", "expenditure"), docx.tables().stream().map(StatementTable::kind).toList());
        for (String kind : List.of("income", "expenditure")) {
            List<String> expected = facts(PDF, kind);
            assertFalse(expected.isEmpty());
            assertEquals(expected, facts(docx, kind), kind);
        }
        StatementTable income = docx.tables().get(0);
        assertEquals("万元", income.unit());
        assertEquals(List.of("class", "kuan", "item", "name", "total", "appropriation", "superiorSubsidy", "business",
                        "operating", "subsidiaryRemittance", "other"),
                income.columns().stream().map(StatementTable.Column::key).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"caizhengju-income-sheet.xlsx", "caizhengju-income-sheet.xls"})
    void aSpreadsheetWithItsTitleInsideGivesThePdfsFacts(String file) {
        ReportDocument xlsx = Extracted.report(RepoFiles.fixture("tables/" + file));
        assertEquals(1, xlsx.tables().size());
        StatementTable income = xlsx.tables().get(0);
        assertEquals("income", income.kind());
        assertEquals("收入决算表", income.title());
        assertEquals("万元", income.unit());
        assertEquals(facts(PDF, "income"), facts(xlsx, "income"));
    }

    /** Also with its header repeated on page 2, and turned a quarter (/Rotate, or drawn turned): one table, upright. */
    @ParameterizedTest
    @ValueSource(strings = {"caizhengju-income-long.pdf", "caizhengju-income-long-repeated-header.pdf",
            "caizhengju-income-long-rotate90.pdf",
            "caizhengju-income-long-turned.pdf"})
    void aStandaloneTablePdfOverTwoPagesIsOneTable(String file) {
        ReportDocument pdf = Extracted.report(RepoFiles.fixture("tables/" + file));
        assertEquals(1, pdf.tables().size());
        StatementTable income = pdf.tables().get(0);
        assertEquals("income", income.kind());
        assertEquals(List.of(1, 2), income.pages());
        assertEquals(20, income.rows().size(), "合计 and the 19 code rows");
        assertEquals(facts(PDF, "income"), facts(pdf, "income"));
    }

    @Test
    void anHtmlPageOfTablesKeepsItsMergedHeadersAndGivesThePdfsFacts() {
        ReportDocument html = Extracted.report(RepoFiles.fixture("tables/caizhengju-tables.html"));
        assertEquals(List.of("income", "expenditure"), html.tables().stream().map(StatementTable::kind).toList());
        for (String kind : List.of("income", "expenditure")) {
            assertEquals(facts(PDF, kind), facts(html, kind), kind);
        }
    }
}
