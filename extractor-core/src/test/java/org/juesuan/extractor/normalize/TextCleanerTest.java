package org.juesuan.extractor.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TextCleanerTest {

    @Test
    void removesBookmarkMarkersAndKeepsTheHeading() {
        assertEquals("二、机构设置", TextCleaner.clean("[bookmark: _Toc15377200][bookmark: _Toc15396601]二、机构设置"));
        assertEquals("1、 收入支出决算总体情况说明",
                TextCleaner.clean("1、 [bookmark: _Toc15377205][bookmark: _Toc15396603]收入支出决算总体情况说明"));
    }

    @Test
    void removesImagePlaceholderWithTheOcrNoiseAfterIt() {
        assertEquals("主要变动原因是人员经费，如住房公积金、社保、养老保险等",
                TextCleaner.clean("主要变动原因是人员经费，如住房公积金、社保、养老保险等[image: image1.jpg]2500"));
        assertEquals("[image4]8000", TextCleaner.clean("[image4]8000"), "only Tika's own placeholder syntax is removed");
        // Chinese text after the placeholder is content, not noise
        assertEquals("图1：收支情况", TextCleaner.clean("[image: image1.jpg]图1：收支情况"));
    }

    @Test
    void normalizesFullWidthNumbersButKeepsChinesePunctuationInProse() {
        assertEquals("本年收入合计2,099.36万元，其中：财政拨款收入占96.22%。",
                TextCleaner.clean("本年收入合计２，０９９．３６万元，其中：财政拨款收入占９６．２２％。"));
        assertEquals("时间为10:30", TextCleaner.clean("时间为１０：３０"));
        assertEquals("5．负责接待", TextCleaner.clean("５．负责接待"), "a list number's full-width stop is not inside a number");
        assertEquals("ABC abc", TextCleaner.clean("ＡＢＣ ａｂｃ"));
    }

    @Test
    void foldsRadicalLookAlikes() {
        assertEquals("部门决算", TextCleaner.clean("部⻔决算"));
        assertEquals("人大", TextCleaner.clean("⼈⼤")); // Kangxi radicals U+2F08, U+2F24
        assertEquals("风险", TextCleaner.clean("⻛险"));
    }

    @Test
    void joinsWrappedLines() {
        assertEquals("收入支出总计307.82万元", TextCleaner.clean("收入支出总计307.82\n万元"));
        assertEquals("增长100.00%", TextCleaner.clean("增长\n100.00%"));
        assertEquals("Word 2010", TextCleaner.clean("Word\n2010"));
        assertEquals("项目资金（万元）", TextCleaner.clean("项目资金\n（万元）"));
        assertEquals("总体目标", TextCleaner.clean("总\n体\n目\n标"));
        assertEquals("二、收入决算表 三、支出决算表", TextCleaner.clean("二、收入决算表\n三、支出决算表"),
                "a line opening a list item stays apart");
    }

    @Test
    void trimsAndDropsInvisibleCharacters() {
        assertEquals("第一部分  部门概况", TextCleaner.clean(" 第一部分  部门概况\u3000"));
        assertEquals("收入合计", TextCleaner.clean("\uFEFF收入\u200B合计\t"));
    }

    @Test
    void mapsEveryCleanedCharacterBackToTheOriginal() {
        String raw = "[bookmark: _Toc1]收入２０万元";
        CleanedText cleaned = TextCleaner.cleanMapped(raw);
        assertEquals("收入20万元", cleaned.text());
        int first = raw.indexOf('收');
        assertArrayEquals(new int[]{first, first + 1, first + 2, first + 3, first + 4, first + 5, raw.length()},
                cleaned.originalIndex());
    }
}
