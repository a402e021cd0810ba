package org.juesuan.extractor.read;

import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds as real Word/HTML files made by LibreOffice (fixtures/seeds): same text, tables as tables. */
class OfficeFormatsTest {
    private static final List<List<String>> UNIT_TABLE = List.of(
            List.of("单位名称科目名称", "攀枝花市人民政府 驻成都办事处", "攀枝花市成都 干部休养所", "攀枝花市成都干部服务中心", "合计"),
            List.of("工资福利支出", "298.66", "52.37", "77.12", "428.15"),
            List.of("商品和服务支出", "88.90", "43.84", "11.06", "143.80"),
            List.of("对个人和家庭的补助", "180.95", "14.72", "20.21", "215.88"),
            List.of("资本性支出", "", "0.60", "", "0.60"),
            List.of("合计", "568.51", "111.53", "108.39", "788.43"));

    private static ReportDocument seed(String name, String extension) {
        Path file = extension.equals("txt") ? RepoFiles.corpus(name + ".txt")
                : RepoFiles.fixture("seeds/" + name + "." + extension);
        return Extracted.report(file);
    }

    /** Row cells without the empty padding cells a rectangular Word table adds on the right. */
    private static List<List<String>> trimmed(List<List<String>> rows) {
        return rows.stream().map(r -> {
            int end = r.size();
            while (end > 1 && r.get(end - 1).isEmpty()) {
                end--;
            }
            return r.subList(0, end);
        }).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc", "html"})
    void seed002UnitTableHasItsRowsAndCells(String extension) {
        ReportDocument report = seed("002_0e630caa3884551f", extension);
        assertEquals(UNIT_TABLE, trimmed(Extracted.tableStartingWith(report, "单位名称科目名称").orElseThrow()));
        assertEquals(extension, report.source().format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void spreadsheetTablesKeepTheirCellsAndNoPrintCodes(String extension) {
        ReportDocument report = Extracted.report(RepoFiles.fixture("sheets/002-unit-expenditure." + extension));
        List<List<String>> table = Extracted.tableStartingWith(report, "所属单位各项支出分布情况").orElseThrow();
        assertEquals(7, table.size());
        // a spreadsheet stores numbers, not their printed form: 88.90 typed in a General cell reads back as 88.9
        assertEquals(List.of("商品和服务支出", "88.9", "43.84", "11.06", "143.8"), table.get(3));
        assertEquals(List.of("资本性支出", "", "0.6", "", "0.6"), table.get(5));
        assertEquals(List.of("合计", "568.51", "111.53", "108.39", "788.43"), table.get(6));
        assertEquals(List.of("002-unit-expenditure"), Extracted.paragraphs(report), "the sheet name, and no header/footer codes");
        assertEquals(extension, report.source().format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc", "html"})
    void seed000ProjectPerformanceTableHasItsRowsAndCells(String extension) {
        List<List<String>> table = trimmed(Extracted.tableStartingWith(
                seed("000_b5790c93cfb4a072", extension), "项目绩效目标完成情况表1").orElseThrow());
        assertEquals(List.of("部门预算项目名称", "政治协商会议经费"), table.get(2));
        assertEquals(List.of("项目资金（万元）", "", "全年预算数", "实际完成数", "执行率（%）"), table.get(4));
        assertEquals(List.of("", "年度资金总额：", "100", "100", "100%"), table.get(5));
        assertEquals(List.of("", "其中：财政拨款", "100", "100", "100%"), table.get(6));
        assertEquals("总体目标", table.get(8).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc", "html"})
    void wordHeadingsAreMarkedAndTheTextIsCleanChinese(String extension) {
        ReportDocument report = seed("001_ac178a9e9dd67b94", extension);
        List<String> headings = report.blocks().stream()
                .filter(b -> b instanceof ParagraphBlock p && p.headingLevel() != null)
                .map(b -> ((ParagraphBlock) b).text()).toList();
        assertTrue(headings.contains("第二部分 2021年度部门决算情况说明"), headings.toString());
        assertTrue(headings.contains("1、 收入支出决算总体情况说明"), headings.toString());
        assertTrue(headings.contains("（一）一般公共预算财政拨款支出决算总体情况"), headings.toString());
        assertTrue(report.text().contains("2021年一般公共预算支出决算数为2111.47万元，完成预算100%。其中："));
        assertFalse(report.text().contains("[bookmark"));
        assertFalse(report.text().contains("�"), "no replacement characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5790c93cfb4a072", "001_ac178a9e9dd67b94", "002_0e630caa3884551f",
            "003_452dfb289bf64cc2", "004_b2fb7ddb4acb550d"})
    void pdfFixturesHavePagesAndTheNarrativeSentences(String name) {
        ReportDocument pdf = seed(name, "pdf");
        ReportDocument txt = seed(name, "txt");
        assertTrue(pdf.source().pages() > 5, "pages: " + pdf.source().pages());
        assertTrue(pdf.blocks().stream().allMatch(b -> b.page() != null && b.page() >= 1
                && b.page() <= pdf.source().pages()));
        // the income sentence of 收入决算情况说明 is one paragraph in the .txt; the PDF must give it back whole
        String income = Extracted.paragraphs(txt).stream().filter(p -> p.contains("本年收入合计")).findFirst().orElseThrow();
        String compactPdf = pdf.text().replace(" ", "");
        assertTrue(compactPdf.contains(income.replace(" ", "")), "PDF text lacks: " + income);
        assertFalse(pdf.text().contains("[bookmark"));
    }
}
