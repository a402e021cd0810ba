package org.juesuan.extractor.extract.classification;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A printed 项 name that is no name of the classification: by its words, by the report's table, or not at all. */
class ItemNameWordsTest {
    private static final String DETAIL = "上海市普陀区某某局2024年度部门决算\n第三部分 上海市普陀区某某局2024年度部门决算情况说明\n"
            + "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n";
    private final ClassificationLineResolver resolver = new ClassificationLineResolver();

    @Test
    void aRewordedItemNameMatchesTheOneItemOfItsSectionWithTheSameWords() {
        // 事业单位离退休人员支出 is no name of 20805; its words are those of 2080502 事业单位离退休 and no other's as closely
        List<ClassificationLine> lines = resolver.resolve("2、社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休人员支出（项）。"
                + "主要用于：事业单位退休人员支出。年初预算为 28.11 万元，支出决算为 28.11 万元。");
        assertEquals(1, lines.size());
        assertEquals("2080502", lines.get(0).code());
        assertEquals(Resolution.ITEM_WORDS, lines.get(0).resolution());
    }

    @Test
    void anItemNameWhoseWordsFitSeveralItemsGetsNoCode() {
        // 机关事业单位退休人员活动费支出 shares 机关/事业/单位 with 2080505, 2080506 and 2080507 alike
        List<ClassificationLine> lines = resolver.resolve("5、社会保障和就业支出（类）行政事业单位养老支出（款）"
                + "机关事业单位退休人员活动费支出（项）。主要用于：退休人员开展活动支出。年初预算为 0.88 万元，支出决算为 0.88 万元。");
        assertEquals(1, lines.size());
        assertEquals(null, lines.get(0).code());
        assertEquals(Resolution.UNRESOLVED, lines.get(0).resolution());
        ReportDocument report = ((ExtractionOutcome.Success) new ReportExtractor().extract(
                (DETAIL + lines.get(0).raw() + "\n").getBytes(StandardCharsets.UTF_8), "x.txt", "x.txt")).report();
        assertTrue(report.facts().stream().noneMatch(f -> f.key().startsWith("gpb.item")), "no table, no code: " + report.facts());
    }

    @Test
    void theReportsOwnTableGivesTheCodeOfThatRow() {
        // 规划和自然资源局: 5、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位退休人员活动费支出（项）。…年初预算为
        // 0.88 万元，支出决算为 0.88 万元。完成年初预算的 100.00%。 Its 一般公共预算财政拨款支出决算表 prints the row
        // 2080599 其他行政事业单位养老支出 0.88, the only row of 20805 no other entry of the narrative names.
        ReportDocument report = Extracted.report(RepoFiles.corpus("sh-putuo-guihuaziyuan-2024.pdf"));
        Fact item = only(report, "gpb.item", "2080599");
        assertEquals(0, new BigDecimal("8800").compareTo((BigDecimal) item.value()));
        assertEquals("0.88 万元", item.raw());
        assertEquals(0, new BigDecimal("8800").compareTo((BigDecimal) only(report, "gpb.item.budget", "2080599").value()));
        assertEquals(0, new BigDecimal("100.00").compareTo((BigDecimal) only(report, "gpb.item.budgetCompletion", "2080599").value()));
    }

    private static Fact only(ReportDocument report, String key, String code) {
        List<Fact> found = report.facts().stream().filter(f -> f.key().equals(key) && code.equals(f.code())).toList();
        assertEquals(1, found.size(), key + " " + code);
        return found.get(0);
    }
}
