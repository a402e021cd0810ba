package org.juesuan.extractor.read;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 决算表 printed as aligned columns: pdftotext -layout of 规划和自然资源局's report (sh-putuo-guihuaziyuan-2024.pdf). */
class LaidOutTablesTest {
    /**
     * Its 一般公共预算财政拨款支出决算表 as the -layout text prints it, from its title to its note: names centred on their
     * rows over two or three lines.
     */
    private static String gpbExpenditure() throws Exception {
        String text = Files.readString(RepoFiles.fixture("variants/sh-putuo-guihuaziyuan-2024.layout.txt"));
        int title = text.indexOf("                 一般公共预算财政拨款支出决算表\n");
        int note = text.indexOf("\n", text.indexOf("注：本表反映部门本年度一般公共预算财政拨款支出情况。", title));
        return text.substring(title, note + 1);
    }

    private static List<List<String>> cells(RawTable table) {
        return table.rows().stream().map(r -> r.stream().map(RawCell::text).toList()).toList();
    }

    @Test
    void rowsOfCodesNamesAndFiguresBecomeATableUnderItsHeader() throws Exception {
        List<RawBlock> blocks = LaidOutTables.rebuild(PlainTextReader.parse(gpbExpenditure()));
        assertEquals("一般公共预算财政拨款支出决算表", ((RawParagraph) blocks.get(0)).text().strip());
        assertEquals("单位：万元", ((RawParagraph) blocks.get(1)).text().strip());
        List<List<String>> rows = cells(assertInstanceOf(RawTable.class, blocks.get(2)));
        assertEquals(List.of(
                List.of("", "项目", "", "", ""),
                List.of("", "", "合计", "基本支出", "项目支出"),
                List.of("功能分类", "", "", "", ""),
                List.of("", "科目名称", "", "", ""),
                List.of("科目编码", "", "", "", ""),
                List.of("208", "社会保障和就业支出", "754.75", "754.75", "0.00"),
                List.of("20805", "行政事业单位养老支出", "754.75", "754.75", "0.00"),
                List.of("2080501", "行政单位离退休", "54.53", "54.53", "0.00"),
                List.of("2080502", "事业单位离退休", "28.11", "28.11", "0.00"),
                List.of("2080505", "机关事业单位基本养老保险缴费支出", "446.11", "446.11", "0.00"),
                List.of("2080506", "机关事业单位职业年金缴费支出", "225.12", "225.12", "0.00"),
                List.of("2080599", "其他行政事业单位养老支出", "0.88", "0.88", "0.00")), rows.subList(0, 12));
        // the page's last rows, printed a little further right, and the total
        assertEquals(List.of("2210203", "购房补贴", "171.49", "171.49", "0.00"), rows.get(rows.size() - 2));
        assertEquals(List.of("", "合计", "9746.50", "5364.75", "4381.74"), rows.get(rows.size() - 1));
        assertTrue(((RawParagraph) blocks.get(3)).text().startsWith("注：本表反映"));
    }

    @Test
    void aTableContinuedOnTheNextPageKeepsItsColumns() {
        // 收入决算表: the first page spreads its seven figure columns, the next (after a form feed) packs its two
        String text = String.join("\n",
                "                                      收入决算表",
                "                                                                           单位：万元",
                "  功能分类                    本年收入合计      财政拨款收入      上级补助收入   事业收入   经营收入          其他收入",
                "            合计              9746.50     9746.50",
                "208       社会保障和就业支出          754.75      754.75",
                "2101102   事业单位医疗             196.29      196.29",
                "\f212       城乡社区支出        3832.36   3832.36",
                "21201     城乡社区管理事务      1092.80   1092.80",
                "注：本表反映部门本年度取得的各项收入情况。") + "\n";
        List<List<String>> rows = cells(assertInstanceOf(RawTable.class,
                LaidOutTables.rebuild(PlainTextReader.parse(text)).get(2)));
        assertEquals(List.of("功能分类", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "其他收入"),
                rows.get(0));
        assertEquals(List.of("212", "城乡社区支出", "3832.36", "3832.36", "", "", "", ""), rows.get(4));
        assertEquals(List.of("21201", "城乡社区管理事务", "1092.80", "1092.80", "", "", "", ""), rows.get(5));
    }

    @Test
    void proseAndTabLedTablesAreLeftAsTheyAre() {
        String text = "一般公共预算财政拨款支出年初预算为 2993.92 万元，支出决算为 2940.05 万元。\n"
                + "\t项目\t决算数\n\n\t合计\t100.00\n";
        List<RawBlock> blocks = LaidOutTables.rebuild(PlainTextReader.parse(text));
        assertInstanceOf(RawParagraph.class, blocks.get(0));
        assertEquals(List.of(List.of("项目", "决算数"), List.of("合计", "100.00")),
                cells(assertInstanceOf(RawTable.class, blocks.get(1))));
    }

    @Test
    void theLayoutTextsTablesGiveAnItemItsCode() {
        // 机关事业单位退休人员活动费支出（项） is no name of the classification: its own 一般公共预算财政拨款支出决算表 prints
        // it as 2080599 其他行政事业单位养老支出 0.88, the item's 0.88 万元
        ReportDocument report = Extracted.report(RepoFiles.fixture("variants/sh-putuo-guihuaziyuan-2024.layout.txt"));
        assertEquals(Optional.of(new BigDecimal("8800")), value(report, "table.gpbExpenditure.total", "2080599"));
        assertEquals(Optional.of(new BigDecimal("8800")), value(report, "gpb.item", "2080599"));
        assertEquals(Optional.of(new BigDecimal("97465000")), value(report, "table.appropriationSummary.expenditure.total", null));
    }

    @Test
    void figuresAndNamesPrintedOffTheirRowsLineGoBackToTheirRow() {
        // 财政局's -layout text: 支出决算表 prints 2,940.05 / 2,336.91 / 603.14 above 类 款 项 and 合计; its 基本支出决算表
        // prints 262.33 and 21.21 a line above the codes 301 01 / 302, and 基本工资 / 01 办公费 a line below them
        ReportDocument report = Extracted.report(RepoFiles.fixture("variants/sh-putuo-caizhengju-2024.layout.txt"));
        assertEquals(Optional.of(new BigDecimal("29400500")), value(report, "table.expenditure.total", null));
        assertEquals(Optional.of(new BigDecimal("6031400")), value(report, "table.expenditure.project", null));
        assertEquals(Optional.of(new BigDecimal("4495200")), value(report, "table.gpbExpenditure.project", "2010608"));
        assertEquals(Optional.of(new BigDecimal("2623300")), value(report, "table.gpbBasic.econ", "30101"));
        assertEquals(Optional.of(new BigDecimal("212100")), value(report, "table.gpbBasic.econ", "30201"));
    }

    private static Optional<BigDecimal> value(ReportDocument report, String key, String code) {
        return report.facts().stream().filter(f -> f.key().equals(key) && java.util.Objects.equals(f.code(), code))
                .map(Fact::value).map(v -> new BigDecimal(v.toString()).stripTrailingZeros())
                .map(v -> v.setScale(0)).findFirst();
    }
}
