package org.juesuan.extractor.read;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PdfLineJoinerTest {
    private static final String FULL = "一般公共预算财政拨款支出年初预算为二千万元，支出决算为一千万元，完成预算的";

    private static List<String> join(String... lines) {
        List<PdfLineJoiner.Line> input = new ArrayList<>();
        // enough full prose lines for the joiner to learn the page width
        for (int i = 0; i < 6; i++) {
            input.add(new PdfLineJoiner.Line(FULL + "。", 1));
        }
        input.add(new PdfLineJoiner.Line("结束。", 1)); // a short line closes that first paragraph
        for (String line : lines) {
            input.add(new PdfLineJoiner.Line(line, 2));
        }
        return PdfLineJoiner.join(input).stream().skip(1).map(b -> ((RawParagraph) b).text()).toList();
    }

    @Test
    void aFullLineContinuesUnlessTheNextOpensAHeadingOrItem() {
        assertEquals(List.of("二、收入决算情况说明", FULL + "\n98.20%。", "1、一般公共服务支出（类）"),
                join("二、收入决算情况说明", FULL, "98.20%。", "1、一般公共服务支出（类）"));
    }

    @Test
    void aFullWidthHeadingIsNotJoinedWithTheBodyButAListItemWraps() {
        String heading = "九、国有资本经营预算财政拨款收入支出决算情况说明一二三四五六七八九十";
        assertEquals(List.of(heading, "上海市普陀区规划与自然资源局 2024 年度无收入。"),
                join(heading, "上海市普陀区规划与自然资源局 2024 年度无收入。"));
        String item = "1、社会保障和就业支出（类）行政事业单位养老支出（款）一二三四五六七八九十";
        assertEquals(List.of(item + "\n行政单位离退休（项）。主要用于：退休人员支出。"),
                join(item, "行政单位离退休（项）。主要用于：退休人员支出。"));
        String note = "注：本表反映部门本年度取得的各项收入情况，一二三四五六七八九十一二三四五。";
        assertEquals(List.of(note, "收入决算表"), join(note, "收入决算表"));
    }

    @Test
    void aShortLineEndsItsParagraph() {
        assertEquals(List.of("主要原因：单位于 2024 年成立。", "本年收入合计 307.82 万元。"),
                join("主要原因：单位于 2024 年成立。", "本年收入合计 307.82 万元。"));
    }

    @Test
    void aNumberCutInTheMiddleIsJoinedEvenOnAShortLine() {
        assertEquals(List.of("支出总计307.\n82万元。"), join("支出总计307.", "82万元。"));
    }

    @Test
    void pageNumberLinesAtThePageEdgesAreDropped() {
        List<PdfLineJoiner.Line> input = List.of(new PdfLineJoiner.Line("- 3 -", 3),
                new PdfLineJoiner.Line("正文。", 3), new PdfLineJoiner.Line("3", 3),
                new PdfLineJoiner.Line("第 4 页 共 9 页", 4), new PdfLineJoiner.Line("下一页。", 4));
        assertEquals(List.of("正文。", "下一页。"),
                PdfLineJoiner.join(input).stream().map(b -> ((RawParagraph) b).text()).toList());
    }

    @Test
    void tableRowsAreNotJoined() {
        assertEquals(List.of("2101102 事业单位医疗 196.29 196.29", "2101199 其他行政事业单位医疗支出 3.00 3.00"),
                join("2101102 事业单位医疗 196.29 196.29", "2101199 其他行政事业单位医疗支出 3.00 3.00"));
    }
}
