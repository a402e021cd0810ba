package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.extract.classification.ClassificationTable;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;
import org.juesuan.extractor.segment.StatementKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table layouts the Shanghai PDFs do not have: repeated headers, codes by name, 元, zero vs blank, declared empty. */
class StatementTableReaderTest {
    private final StatementTableReader reader = new StatementTableReader(ClassificationTable.standard());
    private final StringBuilder text = new StringBuilder();

    /** A table block over rows of cell texts, laid into {@link #text} the way the normalizer does (tabs, newlines). */
    private TableBlock block(int page, String[]... rows) {
        int start = text.length();
        List<TableRow> tableRows = new ArrayList<>();
        for (String[] row : rows) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    text.append('\t');
                }
                int at = text.length();
                text.append(row[c]);
                cells.add(new TableCell(at, text.length(), row[c], null, null));
            }
            text.append('\n');
            tableRows.add(new TableRow(cells));
        }
        return new TableBlock(start, text.length(), page, tableRows);
    }

    private static final String[] HEADER = {"科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"};

    private static String fact(Fact f) {
        return f.key() + "[" + (f.code() == null ? "" : f.code()) + "]=" + ((BigDecimal) f.value()).stripTrailingZeros().toPlainString()
                + "@" + f.provenance().page();
    }

    @Test
    void aHeaderRepeatedOnTheNextPageIsNotARow() {
        TableBlock first = block(3, HEADER, new String[]{"合计", "", "30.00", "20.00", "10.00"},
                new String[]{"201", "一般公共服务支出", "30.00", "20.00", "10.00"});
        TableBlock second = block(4, HEADER, new String[]{"2010101", "行政运行", "30.00", "20.00", "10.00"});
        StatementTableReader.Result result = reader.read(
                new TableCandidate(StatementKind.EXPENDITURE, "支出决算表", "万元", false, "2.3", List.of(first, second)), 0,
                text.toString());
        assertEquals(List.of("合计", "一般公共服务支出", "行政运行"),
                result.table().rows().stream().map(StatementTable.Row::label).toList());
        assertEquals(List.of(3, 4), result.table().pages());
        assertTrue(result.facts().stream().map(StatementTableReaderTest::fact).toList()
                .containsAll(List.of("table.expenditure.total[]=300000@3", "table.expenditure.basic[201]=200000@3",
                        "table.expenditure.project[2010101]=100000@4")));
        assertEquals(9, result.facts().size());
    }

    @Test
    void rowsThatPrintOnlyNamesGetTheirCodesFromTheClassification() {
        TableBlock block = block(1, HEADER,
                new String[]{"201", "一般公共服务支出", "12.00", "12.00", ""},
                new String[]{"", "人大事务", "12.00", "12.00", ""},
                new String[]{"", "行政运行", "12.00", "12.00", ""},
                new String[]{"", "不在分类表里的名称", "1.00", "", ""});
        StatementTable table = reader.read(new TableCandidate(StatementKind.EXPENDITURE, "支出决算表", "万元", false, "2.3",
                List.of(block)), 0, text.toString()).table();
        assertEquals("201", table.rows().get(0).code());
        assertEquals("20101", table.rows().get(1).code());
        assertEquals("2010101", table.rows().get(2).code());
        assertNull(table.rows().get(3).code(), "an unknown name gets no code, never a guess");
    }

    @Test
    void aPrintedZeroIsAFactABlankOrDashIsNot() {
        TableBlock block = block(1, HEADER, new String[]{"2010101", "行政运行", "5.00", "0.00", "-"});
        List<String> facts = reader.read(new TableCandidate(StatementKind.EXPENDITURE, "支出决算表", "万元", false, "2.3",
                List.of(block)), 0, text.toString()).facts().stream().map(StatementTableReaderTest::fact).toList();
        assertEquals(List.of("table.expenditure.total[2010101]=50000@1", "table.expenditure.basic[2010101]=0@1"),
                facts.stream().sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void aTableInYuanIsNotScaled() {
        TableBlock block = block(1, HEADER, new String[]{"2010101", "行政运行", "1,705,100.00", "", ""});
        Fact fact = reader.read(new TableCandidate(StatementKind.EXPENDITURE, "支出决算表", "元", false, "2.3", List.of(block)), 0,
                text.toString()).facts().get(0);
        assertEquals(0, new BigDecimal("1705100").compareTo((BigDecimal) fact.value()));
    }

    @Test
    void aDeclaredEmptyTableKeepsItsRowsButGivesNoFacts() {
        TableBlock block = block(1, HEADER, new String[]{"合计", "", "0.00", "0.00", "0.00"});
        StatementTableReader.Result result = reader.read(new TableCandidate(StatementKind.GOV_FUND,
                "政府性基金预算财政拨款收入支出决算表", "万元", true, "2.8", List.of(block)), 0, text.toString());
        assertTrue(result.table().declaredEmpty());
        assertEquals(1, result.table().rows().size());
        assertTrue(result.facts().isEmpty());
    }

    @Test
    void aThreePublicTablePrintedAsRowsReadsItsConcepts() {
        TableBlock block = block(1, new String[]{"项目", "预算数", "决算数"},
                new String[]{"合计", "10.00", "8.00"},
                new String[]{"因公出国（境）费", "0.00", "0.00"},
                new String[]{"公务用车购置及运行维护费", "6.00", "5.00"},
                new String[]{"其中：公务用车购置费", "0.00", "0.00"},
                new String[]{"公务用车运行维护费", "6.00", "5.00"},
                new String[]{"公务接待费", "4.00", "3.00"});
        List<String> facts = reader.read(new TableCandidate(StatementKind.THREE_PUBLIC, "财政拨款“三公”经费支出决算表", "万元", false,
                "2.7", List.of(block)), 0, text.toString()).facts().stream()
                .map(f -> f.key() + "=" + f.raw()).sorted().toList();
        assertEquals(List.of("table.threePublic.outbound.budget=0.00", "table.threePublic.outbound=0.00",
                "table.threePublic.reception.budget=4.00", "table.threePublic.reception=3.00",
                "table.threePublic.total.budget=10.00", "table.threePublic.total=8.00",
                "table.threePublic.vehicle.budget=6.00", "table.threePublic.vehicle=5.00",
                "table.threePublic.vehicleOperation.budget=6.00", "table.threePublic.vehicleOperation=5.00",
                "table.threePublic.vehiclePurchase.budget=0.00", "table.threePublic.vehiclePurchase=0.00"), facts);
    }

    @Test
    void aSichuanSummaryWithRowNumbersAndAColumnNumberRow() {
        TableBlock block = block(1, new String[]{"收入", "", "", "支出", "", ""},
                new String[]{"项目", "行次", "金额", "项目", "行次", "金额"},
                new String[]{"栏次", "", "1", "栏次", "", "2"},
                new String[]{"一、一般公共预算财政拨款收入", "1", "100.00", "一、一般公共服务支出", "29", "80.00"},
                new String[]{"本年收入合计", "10", "100.00", "本年支出合计", "58", "80.00"});
        List<String> facts = reader.read(new TableCandidate(StatementKind.INCOME_EXPENDITURE_SUMMARY, "收入支出决算总表", "万元", false,
                "2.1", List.of(block)), 0, text.toString()).facts().stream()
                .map(f -> f.key() + "[" + (f.code() == null ? "" : f.code()) + "]=" + f.raw()).sorted().toList();
        assertEquals(List.of("table.incomeExpenditureSummary.expenditure.total[]=80.00",
                "table.incomeExpenditureSummary.expenditure[201]=80.00",
                "table.incomeExpenditureSummary.income.gpbAppropriation[]=100.00",
                "table.incomeExpenditureSummary.income.total[]=100.00"), facts);
    }
}
