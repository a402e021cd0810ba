package org.juesuan.extractor.extract.classification;

import org.juesuan.extractor.extract.CorpusText;
import org.juesuan.extractor.extract.figure.Figure;
import org.juesuan.extractor.extract.figure.FigureRecognizer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.juesuan.extractor.extract.classification.Resolution.PRINTED_CODE_NAME_MISMATCH;
import static org.juesuan.extractor.extract.classification.Resolution.ITEM_NAME_IN_CLASS;
import static org.juesuan.extractor.extract.classification.Resolution.NAMES;
import static org.juesuan.extractor.extract.classification.Resolution.PRINTED_CODE;
import static org.juesuan.extractor.extract.classification.Resolution.PRINTED_CODE_NOT_IN_TABLE;
import static org.juesuan.extractor.extract.classification.Resolution.UNRESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every 项 line of 一般公共预算财政拨款支出决算具体情况 in the five seeds and the three Shanghai 2024 reports,
 * with the code checked by hand: for the seeds against the digits they print (000, 004) or the names they print
 * (001-003) read in the 政府收支分类科目; for Shanghai against each report's own 一般公共预算财政拨款支出决算表,
 * which prints the code beside the same amount.
 */
class ClassificationLineResolverTest {
    private static final ClassificationLineResolver RESOLVER = new ClassificationLineResolver();

    @Test
    void seed000PrintsCodesAfterTheMarkers() {
        assertLines(CorpusText.SEED_000,
                item("2010201", PRINTED_CODE, "行政运行", "1012.5万元", null, "100%"),
                item("2010202", PRINTED_CODE, "一般行政管理事务", "260.77万元", null, "100%"),
                item("2010204", PRINTED_CODE, "政协会议", "101.2万元", null, "100%"),
                item("2010205", PRINTED_CODE, "委员视察", "101.31万元", null, "100%"),
                item("2010206", PRINTED_CODE, "参政议政", "1.62万元", null, "100%"),
                item("2010250", PRINTED_CODE, "事业运行", "37.35万元", null, "100%"),
                item("2011105", PRINTED_CODE, "派驻派出机构", "1.07万元", null, "100%"),
                item("2011308", PRINTED_CODE, "招商引资", "33.89万元", null, "100%"),
                item("2013299", PRINTED_CODE, "其他组织事务支出", "2.2万元", null, "100%"),
                item("2080501", PRINTED_CODE, "行政单位离退休", "339.45万元", null, "100%"),
                item("2080505", PRINTED_CODE, "机关事业单位基本养老保险缴费支出", "63.54万元", null, "100%"),
                item("2080801", PRINTED_CODE, "死亡抚恤", "44.67万元", null, "100%"),
                item("2081001", PRINTED_CODE, "儿童福利", "0.39万元", null, "100%"),
                item("2089999", PRINTED_CODE, "其他社会保障和就业支出", "0.6万元", null, "100%"),
                item("2101101", PRINTED_CODE, "行政单位医疗", "47.16万元", null, "100%"),
                item("2101102", PRINTED_CODE, "事业单位医疗", "4.6万元", null, "100%"),
                item("2101103", PRINTED_CODE, "公务员医疗补助", "3.6万元", null, "100%"),
                // prints 210（款）99（项）99 beside the name 行政单位医疗 (which is 2101101, listed above): the printed
                // code is kept, the mismatch marked for the validator
                item("2109999", PRINTED_CODE_NAME_MISMATCH, "行政单位医疗", "1.83万元", null, "100%"),
                item("2210201", PRINTED_CODE, "住房公积金", "86万元", null, "100%"));
    }

    @Test
    void seed000ConflictKeepsWhatWasPrinted() {
        ClassificationLine conflict = linesOf(CorpusText.SEED_000).get(17);
        assertEquals(new PrintedClassification("卫生健康支出", "210", null, "99", "行政单位医疗", "99"), conflict.printed());
        assertEquals("2109999", conflict.printed().code());
        assertEquals("卫生健康支出（类）210（款）99（项）99 行政单位医疗：2021年决算数为1.83万元，完成预算100%。", conflict.raw());
    }

    @Test
    void seed001NamesOnly() {
        assertLines(CorpusText.SEED_001,
                item("2010101", NAMES, "行政运行", "1273.96万元", null, "100%"),
                item("2010102", NAMES, "一般行政管理事务", "170.51万元", null, "100%"),
                item("2010104", NAMES, "人大会议", "100万元", null, "100%"),
                item("2010105", NAMES, "人大立法", "15.46万元", null, "100%"),
                item("2010106", NAMES, "人大监督", "8.49万元", null, "100%"),
                item("2010108", NAMES, "代表工作", "24.06万元", null, "100%"),
                item("2010150", NAMES, "事业运行", "35.97万元", null, "100%"),
                item("2013299", NAMES, "其他组织事务支出", "1.71万元", null, "100%"),
                item("2080501", NAMES, "行政单位离退休", "253.12万元", null, "100%"),
                item("2080801", NAMES, "死亡抚恤", "19.70万元", null, "100%"),
                item("2081001", NAMES, "儿童福利", "0.50万元", null, "100%"),
                item("2210201", NAMES, "住房公积金", "128.35万元", null, "100%"));
    }

    @Test
    void seed002DashSeparatorsFormerAndShortenedNames() {
        assertLines(CorpusText.SEED_002,
                item("2010301", NAMES, "行政运行", "345.52万元", null, "100%"),
                item("2010302", NAMES, "一般行政管理事务", "87.30万元", null, "100%"),
                item("2010350", NAMES, "事业运行", "69.57万元", null, "100%"),
                item("2080501", NAMES, "行政单位离退休", "143.24万元", null, "100%"),
                item("2080502", NAMES, "事业单位离退休", "28.84万元", null, "100%"),
                item("2080505", NAMES, "机关事业单位基本养老保险缴费支出", "29.84万元", null, "100%"),
                item("2080801", NAMES, "死亡抚恤", "49.53万元", null, "100%"),
                item("2210201", NAMES, "住房公积金", "34.59万元", null, "100%"));
        ClassificationLine first = linesOf(CorpusText.SEED_002).get(0);
        assertEquals("一般公共服务支出", first.printed().className());
        assertEquals("政府办公厅（室）及相关机构", first.printed().sectionName());
        assertEquals("行政事业单位离退休", linesOf(CorpusText.SEED_002).get(3).printed().sectionName());
    }

    @Test
    void seed003() {
        assertLines(CorpusText.SEED_003,
                item("2013101", NAMES, "行政运行", "2,296.02万元", null, "100%"),
                item("2013102", NAMES, "一般行政管理事务", "739.75万元", null, "94.51%"),
                item("2013199", NAMES, "其他党委办公厅（室）及相关机构事务支出", "10.98万元", null, "100%"),
                item("2013299", NAMES, "其他组织事务支出", "5.63万元", null, "100%"),
                item("2080501", NAMES, "行政单位离退休", "239.84万元", null, "100%"),
                item("2080505", NAMES, "机关事业单位基本养老保险缴费支出", "131.41万元", null, "100%"),
                item("2080801", NAMES, "死亡抚恤", "0.81万元", null, "100%"),
                item("2120399", NAMES, "其他城乡社区公共设施支出", "3,752.39万元", null, "100%"),
                item("2210201", NAMES, "住房公积金", "172.77万元", null, "100%"));
    }

    @Test
    void seed004SeveralItemsPerSectionAndAGarbledLine() {
        assertLines(CorpusText.SEED_004,
                item("2010301", PRINTED_CODE, "行政运行", "423.59万元", null, "100%"),
                item("2010302", PRINTED_CODE, "一般行政管理事务", "44万元", null, "100%"),
                item("2010350", PRINTED_CODE, "事业运行", "146.41万元", null, "100%"),
                // printed 支行政单位离退休（01）出决算为13.1万元: the 支 of 支出 landed before the name
                item("2080501", PRINTED_CODE, "支行政单位离退休", "13.1万元", null, "100%"),
                item("2080505", PRINTED_CODE, "机关事业单位基本养老保险", "46.68万元", null, "100%"),
                item("2101101", PRINTED_CODE, "行政单位医疗", "29.73万元", null, "100%"),
                item("2101102", PRINTED_CODE, "事业单位医疗", "10.38万元", null, "100%"),
                item("2101103", PRINTED_CODE, "公务员医疗补助", "3.88万元", null, "100%"),
                item("2210201", PRINTED_CODE, "住房公积金", "65.23万元", null, "100%"));
        ClassificationLine second = linesOf(CorpusText.SEED_004).get(1);
        assertEquals(new PrintedClassification("一般公共服务", "201", "政府办公厅（室）及相关机构事务", "03", "一般行政管理事务", "02"),
                second.printed());
        assertEquals("一般行政管理事务（02）支出决算为44万元，完成预算100%", second.raw());
    }

    @Test
    void shanghaiCaizhengjuBudgetsWithoutCompletion() {
        assertLines(CorpusText.SH_CAIZHENGJU,
                item("2010601", NAMES, "行政运行", "1511.89万元", "1560.05万元", null),
                item("2010602", NAMES, "一般行政管理事务", "10.00万元", "10.00万元", null),
                item("2010607", NAMES, "信息化建设", "135.25万元", "135.90万元", null),
                item("2010608", NAMES, "财政委托业务支出", "449.52万元", "450.52万元", null),
                item("2080501", NAMES, "行政单位离退休", "84.65万元", "85.55万元", null),
                item("2080505", NAMES, "机关事业单位基本养老保险缴费支出", "160.75万元", "161.62万元", null),
                item("2080506", NAMES, "机关事业单位职业年金缴费支出", "80.38万元", "80.81万元", null),
                item("2080599", NAMES, "其他行政事业单位养老支出", "0.94万元", "0.94万元", null),
                item("2101101", NAMES, "行政单位医疗", "60.99万元", "62.29万元", null),
                item("2210201", NAMES, "住房公积金", "187.19万元", "187.75万元", null),
                item("2210203", NAMES, "购房补贴", "258.50万元", "258.50万元", null));
    }

    @Test
    void shanghaiGuihuaziyuan() {
        assertLines(CorpusText.SH_GUIHUAZIYUAN,
                item("2080501", NAMES, "行政单位离退休", "54.53 万元", "54.53 万元", "100.00%"),
                item("2080502", NAMES, "事业单位离退休", "28.11 万元", "28.11 万元", "100.00%"),
                item("2080505", NAMES, "机关事业单位基本养老保险缴费支出", "446.11 万元", "452.40 万元", "98.61%"),
                item("2080506", NAMES, "机关事业单位职业年金缴费支出", "225.12万元", "226.25 万元", "99.50%"),
                // not a 项 name of the table; the report's own table prints 0.88 under 2080599 其他行政事业单位养老支出
                item(null, UNRESOLVED, "机关事业单位退休人员活动费支出", "0.88 万元", "0.88 万元", "100.00%"),
                item("2101101", NAMES, "行政单位医疗", "40.35 万元", "42.73万元", "94.43%"),
                item("2101102", NAMES, "事业单位医疗", "196.29 万元", "196.40万元", "99.94%"),
                item("2120101", NAMES, "行政运行", "1092.80 万元", "1115.48 万元", "97.97%"),
                item("2120201", NAMES, "城乡社区规划与管理", "2739.56 万元", "3110.14 万元", "88.08%"),
                item("2200150", NAMES, "事业运行", "4416.67 万元", "4477.33 万元", "98.65%"),
                // the former name of 其他自然资源事务支出
                item("2200199", NAMES, "其他国土资源事务支出", "45.00 万元", "45.00 万元", "100.00%"),
                // printed 住房保障支出（款）: not a 款 of 221; 住房公积金 and 购房补贴 are each one 项 of the class
                item("2210201", ITEM_NAME_IN_CLASS, "住房公积金", "289.59万元", "289.59万元", "100.00%"),
                item("2210203", ITEM_NAME_IN_CLASS, "购房补贴", "171.49 万元", "171.49 万元", "100.00%"));
    }

    @Test
    void shanghaiShehuigongzuobu() {
        assertLines(CorpusText.SH_SHEHUIGONGZUOBU,
                item("2013901", NAMES, "行政运行", "51.32 万元", "52.00 万元", "98.69%"),
                item("2013950", NAMES, "事业运行", "11.31 万元", "17.68 万元", null),
                item("2013999", NAMES, "其他社会工作事务支出", "202.24 万元", "202.24 万元", null),
                item("2080505", NAMES, "机关事业单位基本养老保险缴费支出", "6.18 万元", "9.00 万元", null),
                item("2080506", NAMES, "机关事业单位职业年金缴费支出", "4.64 万元", "5.74 万元", null),
                item("2101101", NAMES, "行政单位医疗", "2.22 万元", "2.23 万元", "99.55%"),
                item("2101102", NAMES, "事业单位医疗", "0.49万元", "2.29 万元", null),
                item("2210201", NAMES, "住房公积金", "17.70 万元", "18.12 万元", "97.68%"),
                item("2210203", NAMES, "购房补贴", "11.72 万元", "11.72 万元", null));
    }

    @Test
    void anEntryWrappedInsideItsClassificationIsReadAcrossTheLineBreak() {
        // how the PDF reader (commit 34d9c94) prints item 9 of 规划和自然资源局: the heading-like first line is not joined
        String wrapped = "9、城乡社区支出（类）城乡社区规划与管理（款）城乡社\n区规划与管理（项）。主要用于：事业单位人员支出、公用支出、"
                + "行政事业单位项目支出。年初预算为 3110.14 万元，支出决算为2739.56 万元，完成年初预算的 88.08%。";
        List<ClassificationLine> lines = RESOLVER.resolve(wrapped);
        assertEquals(1, lines.size(), lines::toString);
        assertEquals("2120201", lines.get(0).code());
        assertEquals("城乡社区规划与管理", lines.get(0).printed().itemName());
        assertEquals("2739.56 万元", lines.get(0).amount().raw());
        assertEquals(wrapped.substring("9、".length()), lines.get(0).raw());
        // a complete line followed by another is two lines, not one
        String two = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为 1560.05万元，支出决算为1511.89万元。\n"
                + "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。年初预算为 10.00万元，支出决算为10.00万元。";
        assertEquals(List.of("2010601", "2010602"), RESOLVER.resolve(two).stream().map(ClassificationLine::code).toList());
    }

    @Test
    void shanghaiTemplateLines() {
        List<ClassificationLine> lines = linesOf(CorpusText.SH_TEMPLATE);
        assertEquals(List.of("2050203", "2050205"), lines.stream().limit(2).map(ClassificationLine::code).toList());
        assertTrue(lines.stream().limit(2).allMatch(l -> l.amount() == null && l.budget() == null), lines::toString);
        // 1、XX（类）XX（款）XX（项）: placeholders stay unresolved
        assertEquals(List.of(UNRESOLVED, UNRESOLVED), lines.stream().skip(2).map(ClassificationLine::resolution).toList());
    }

    @Test
    void explanationLinesResolveOrKeepTheirNames() {
        String unknown = CorpusText.seed000("13.社会保障和就业支出（类）行政事业单位离退休（款）未归口管理的行政单位离退休（项）：指市政协办公室离休人员支出。");
        ClassificationLine line = only(unknown);
        assertEquals(UNRESOLVED, line.resolution());
        assertNull(line.code());
        assertEquals("未归口管理的行政单位离退休", line.printed().itemName());
        assertNull(line.amount());

        String wrongSection = CorpusText.seed003("10.社会保障和就业（类）行政单位养老支出（款）行政单位离退休（项）：反映行政单位（包括实行公务员管理的事业单位）开支的离退休经费。");
        assertEquals("2080501", only(wrongSection).code());
        assertEquals(ITEM_NAME_IN_CLASS, only(wrongSection).resolution());

        String shortened = CorpusText.seed003("11.社会保障和就业（类）行政单位养老支出（款）机关事业单位基本养老保险支出（项）：反映机关事业单位实施养老保险制度由单位实际缴纳的基本养老保险费支出。");
        assertEquals(UNRESOLVED, only(shortened).resolution());
    }

    @Test
    void classLevelLinesHaveNoItems() {
        String structure = CorpusText.seed000("2021年一般公共预算财政拨款支出2143.75万元，主要用于以下方面:一般公共服务（类）支出1551.92万元，占72.39%；教育支出（类）0万元，占0%；科学技术（类）支出0万元，占0%；文化旅游体育与传媒（类）支出0万元，占0%；社会保障和就业（类）支出448.65元，占20.93%；卫生健康支出57.19万元，占2.67%；住房保障支出86万元，占4.01%。");
        assertTrue(RESOLVER.resolve(structure).isEmpty());
        String total = CorpusText.seed000("2021年一般公共预算支出决算数为2143.75万元，完成预算100%。其中：");
        assertTrue(RESOLVER.resolve(total).isEmpty());
    }

    @Test
    void aPrintedCodeTheTableLacksIsKeptAsPrinted() throws IOException {
        ClassificationLineResolver withoutPoliticalConsultation = new ClassificationLineResolver(
                tableWithout("2010204"), new FigureRecognizer());
        String line = CorpusText.seed000("1.一般公共服务（类）201（款）02（项）01行政运行：2021年决算数为1012.5万元，完成预算100%；一般公共服务（类）201（款）02（项）02一般行政管理事务：2021年决算数为260.77万元，完成预算100%；一般公共服务（类）201（款）02（项）04政协会议：2021年决算数为101.2万元，完成预算100%；");
        List<ClassificationLine> lines = withoutPoliticalConsultation.resolve(line);
        assertEquals(3, lines.size());
        assertEquals("2010204", lines.get(2).code());
        assertEquals(PRINTED_CODE_NOT_IN_TABLE, lines.get(2).resolution());
        assertEquals(PRINTED_CODE, lines.get(0).resolution());
    }

    // ---- helpers

    private record Expected(String code, Resolution resolution, String itemName, String amount, String budget,
                            String completion) {
    }

    private static Expected item(String code, Resolution resolution, String itemName, String amount, String budget,
                                 String completion) {
        return new Expected(code, resolution, itemName, amount, budget, completion);
    }

    /** The 项 entries of the whole report that state a 决算 figure (名词解释 entries do not). */
    private static List<ClassificationLine> linesOf(String report) {
        String text = CorpusText.of(report);
        return RESOLVER.resolve(text, 0, text.length()).stream().filter(l -> l.raw().contains("决算")).toList();
    }

    private static void assertLines(String report, Expected... expected) {
        String text = CorpusText.of(report);
        List<ClassificationLine> lines = linesOf(report);
        assertEquals(expected.length, lines.size(), () -> report + ": " + lines);
        for (int i = 0; i < expected.length; i++) {
            Expected e = expected[i];
            ClassificationLine l = lines.get(i);
            String where = report + " entry " + i + ": " + l;
            assertEquals(e.code(), l.code(), where);
            assertEquals(e.resolution(), l.resolution(), where);
            assertEquals(e.itemName(), l.printed().itemName(), where);
            assertEquals(text.substring(l.start(), l.end()), l.raw(), where);
            assertFigure(text, l, e.amount(), l.amount(), where + " amount");
            assertFigure(text, l, e.budget(), l.budget(), where + " budget");
            assertFigure(text, l, e.completion(), l.budgetCompletion(), where + " completion");
        }
    }

    private static void assertFigure(String text, ClassificationLine line, String raw, Figure figure, String where) {
        if (raw == null) {
            assertNull(figure, where);
            return;
        }
        assertEquals(raw, figure == null ? null : figure.raw(), where);
        assertEquals(raw, text.substring(figure.start(), figure.end()), where);
        assertTrue(line.start() <= figure.start() && figure.end() <= line.end(), where);
        String number = raw.replaceAll("[^\\d.]", "");
        BigDecimal printed = new BigDecimal(number);
        BigDecimal expected = raw.contains("万") ? printed.movePointRight(4) : printed;
        assertEquals(0, expected.compareTo(figure.value()), where);
    }

    private static ClassificationLine only(String line) {
        List<ClassificationLine> lines = RESOLVER.resolve(line);
        assertEquals(1, lines.size(), lines::toString);
        return lines.get(0);
    }

    private static ClassificationTable tableWithout(String code) throws IOException {
        try (InputStream in = ClassificationTable.class.getResourceAsStream(ClassificationTable.RESOURCE)) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith(code + "\t")).toList();
            return ClassificationTable.parse(lines);
        }
    }
}
