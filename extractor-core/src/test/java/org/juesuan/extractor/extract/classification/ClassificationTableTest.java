package org.juesuan.extractor.extract.classification;

import org.juesuan.extractor.extract.CorpusText;
import org.juesuan.extractor.model.StatementTable;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassificationTableTest {
    private static final ClassificationTable TABLE = ClassificationTable.standard();

    @Test
    void hasEveryClassTheReportsUse() {
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("201", "一般公共服务支出");
        classes.put("204", "公共安全支出");
        classes.put("205", "教育支出");
        classes.put("206", "科学技术支出");
        classes.put("207", "文化旅游体育与传媒支出");
        classes.put("208", "社会保障和就业支出");
        classes.put("210", "卫生健康支出");
        classes.put("211", "节能环保支出");
        classes.put("212", "城乡社区支出");
        classes.put("213", "农林水支出");
        classes.put("214", "交通运输支出");
        classes.put("215", "资源勘探工业信息等支出");
        classes.put("216", "商业服务业等支出");
        classes.put("217", "金融支出");
        classes.put("220", "自然资源海洋气象等支出");
        classes.put("221", "住房保障支出");
        classes.put("222", "粮油物资储备支出");
        classes.put("224", "灾害防治及应急管理支出");
        classes.put("229", "其他支出");
        classes.put("230", "转移性支出");
        classes.put("231", "债务还本支出");
        classes.put("232", "债务付息支出");
        classes.put("233", "债务发行费用支出");
        classes.forEach((code, name) -> {
            assertEquals(Optional.of(name), TABLE.nameOf(code), code);
            assertEquals(ClassificationLevel.CLASS, TABLE.byCode(code).orElseThrow().level());
            assertTrue(!TABLE.children(code).isEmpty(), () -> code + " has no 款");
        });
    }

    @Test
    void parentChainFromClassToItem() {
        assertEquals(List.of("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"),
                TABLE.parentChain("2080505").stream().map(ClassificationEntry::name).toList());
        assertEquals(List.of("208", "20805", "2080505"),
                TABLE.parentChain("2080505").stream().map(ClassificationEntry::code).toList());
        assertEquals(List.of("工资福利支出", "基本工资"),
                TABLE.parentChain("30101").stream().map(ClassificationEntry::name).toList());
        assertTrue(TABLE.parentChain("2089801").isEmpty());
    }

    @Test
    void renamedEntriesKeepTheirFormerNames() {
        assertEquals(List.of("行政事业单位离退休"), TABLE.byCode("20805").orElseThrow().formerNames());
        assertEquals(List.of("其他国土资源事务支出"), TABLE.byCode("2200199").orElseThrow().formerNames());
        assertTrue(TABLE.byCode("210").orElseThrow().formerNames().contains("医疗卫生与计划生育支出"));
    }

    @Test
    void lookupByPrintedNamesAsTheReportsPrintThem() {
        assertEquals("2010101", code(TABLE.lookup("一般公共服务", "人大事务", "行政运行")));
        assertEquals("2010301", code(TABLE.lookup("一般公共服务支出（类）", "政府办公厅(室)及相关机构事务（款）", " 行政运行（项）")));
        assertEquals("2013199", code(TABLE.lookup("一般公共服务", "党委办公厅（室）及相关机构事务", "其他党委办公厅（室）及相关机构事务支出")));
        assertEquals("2013901", code(TABLE.lookup("一般公共服务支出", "社会工作事务", "行政运行")));
        assertEquals("2120399", code(TABLE.lookup("城乡社区支出", "城乡社区公共设施", "其他城乡社区公共设施支出")));
        assertEquals("2200150", code(TABLE.lookup("自然资源海洋气象等支出", "自然资源事务", "事业运行")));
        assertEquals("2210203", code(TABLE.lookup("住房保障", "住房改革支出", "购房补贴")));
    }

    @Test
    void formerNamesMatch() {
        assertEquals("2080502", code(TABLE.lookup("社会保障和就业", "行政事业单位离退休", "事业单位离退休")));
        assertEquals("2080501", code(TABLE.lookup("社会保障和就业", "行政事业单位离退休", "归口管理的行政单位离退休")));
        assertEquals("2200199", code(TABLE.lookup("自然资源海洋气象等支出", "自然资源事务", "其他国土资源事务支出")));
        assertEquals("22001", code(TABLE.findSection("220", "国土资源事务")));
        assertEquals("220", code(TABLE.findClass("国土海洋气象等支出")));
        assertEquals("210", code(TABLE.findClass("医疗卫生与计划生育支出")));
    }

    @Test
    void aShortenedNameMatchesOnlyWhenItStartsExactlyOneName() {
        // seed 002 prints 政府办公厅（室）及相关机构 for 政府办公厅（室）及相关机构事务
        assertEquals("20103", code(TABLE.findSection("201", "政府办公厅（室）及相关机构")));
        // seed 004 prints 机关事业单位基本养老保险 for 机关事业单位基本养老保险缴费支出
        assertEquals("2080505", code(TABLE.findItem("20805", "机关事业单位基本养老保险")));
        // too short to trust, and 行政 starts several names
        assertEquals(Optional.empty(), TABLE.findItem("20805", "行政"));
        assertEquals(Optional.empty(), TABLE.findItem("20805", "机关事业单位"));
    }

    @Test
    void unknownNamesAreNotGuessed() {
        // 规划和自然资源局 2024 prints an item name the table does not have (its own table shows 2080599)
        assertEquals(Optional.empty(), TABLE.lookup("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位退休人员活动费支出"));
        assertEquals(Optional.empty(), TABLE.lookup("XX", "XX", "XX"));
        assertEquals(Optional.empty(), TABLE.lookup("一般公共服务", "人大事务", "政协会议"));
        assertEquals(Optional.empty(), TABLE.findClass(""));
    }

    @Test
    void itemInClassOnlyWhenUnique() {
        assertEquals("2210201", code(TABLE.findItemInClass("221", "住房公积金")));
        assertEquals("2080501", code(TABLE.findItemInClass("208", "行政单位离退休")));
        assertEquals(Optional.empty(), TABLE.findItemInClass("201", "行政运行"));
    }

    @Test
    void economicClassificationByName() {
        assertEquals("30101", code(TABLE.findEconomic("基本工资")));
        assertEquals("30239", code(TABLE.findEconomic("其他交通费用")));
        assertEquals("30213", code(TABLE.findEconomic("维修(护)费")));
        assertEquals("31013", code(TABLE.findEconomic("公务用车购置")));
        assertEquals("30108", code(TABLE.findEconomic("机关事业单位基本养老保险缴费")));
        // 住房公积金 is both 30113 and a functional 项; the economic lookup only sees 30113
        assertEquals("30113", code(TABLE.findEconomic("住房公积金")));
    }

    /**
     * Every classification row the three Shanghai 2024 reports print in their tables (the code and name of each
     * row of their recognized 决算表 that print codes, names wrapped in their cells included) must agree with the table, in code
     * and in name.
     */
    @Test
    void agreesWithEveryCodeAndNameTheShanghaiTablesPrint() {
        Map<String, String> printed = new TreeMap<>();
        for (String report : List.of(CorpusText.SH_CAIZHENGJU, CorpusText.SH_GUIHUAZIYUAN, CorpusText.SH_SHEHUIGONGZUOBU)) {
            for (StatementTable table : Extracted.report(RepoFiles.corpus(report)).tables()) {
                if (table.kind().endsWith("Summary")) {
                    continue; // the summaries name the 类 without printing codes; their codes come from this table
                }
                for (StatementTable.Row row : table.rows()) {
                    if (row.code() != null && !row.label().isBlank()) {
                        printed.put(row.code(), ORDINAL.matcher(row.label()).replaceFirst(""));
                    }
                }
            }
        }
        assertTrue(printed.size() >= 90, () -> "only " + printed.size() + " rows found: " + printed);
        printed.forEach((code, name) -> {
            ClassificationEntry entry = TABLE.byCode(code).orElseThrow(() -> new AssertionError("not in the table: " + code + " " + name));
            assertEquals(ClassificationNames.key(name), ClassificationNames.key(entry.name()), code);
            assertTrue(entry.verifiedInCorpus(), () -> code + " is printed in the corpus but not marked so");
        });
    }

    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    @Test
    void dataFileStatesItsSourceAndEveryRowIsWellFormed() throws IOException {
        String file;
        try (InputStream in = ClassificationTable.class.getResourceAsStream(ClassificationTable.RESOURCE)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(file.startsWith("#"));
        assertTrue(file.contains("财政部《政府收支分类科目》"));
        assertTrue(TABLE.entries().size() > 400, () -> "entries: " + TABLE.entries().size());
        for (ClassificationEntry e : TABLE.entries()) {
            assertTrue(e.system() == (e.code().startsWith("2") ? ClassificationSystem.FUNCTIONAL : ClassificationSystem.ECONOMIC), e::toString);
            if (e.parentCode() != null) {
                assertTrue(TABLE.byCode(e.parentCode()).isPresent(), e::toString);
            }
            assertTrue(!e.name().isBlank() && !e.name().contains(" "), e::toString);
        }
    }

    @Test
    void loadedOnceAndImmutable() {
        assertSame(TABLE, ClassificationTable.standard());
        List<ClassificationEntry> entries = TABLE.entries();
        assertThrows(UnsupportedOperationException.class, () -> entries.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> TABLE.children("201").clear());
        assertThrows(UnsupportedOperationException.class, () -> TABLE.byCode("20805").orElseThrow().formerNames().clear());
    }

    private static String code(Optional<ClassificationEntry> entry) {
        return entry.map(ClassificationEntry::code).orElse(null);
    }
}
