package org.juesuan.extractor.normalize;

import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.read.DocumentFormat;
import org.juesuan.extractor.read.RawCell;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.read.RawParagraph;
import org.juesuan.extractor.read.RawTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Traditional characters matched as simplified, one for one, with the printed characters and offsets kept. */
class TraditionalTextTest {
    private final DocumentNormalizer normalizer = new DocumentNormalizer();

    @Test
    void aTraditionalSentenceBecomesSimplifiedCharacterForCharacter() {
        String printed = "一般公共預算財政撥款支出決算為1,273.96萬元，佔本年支出合計的96.22%。";
        String simplified = SimplifiedChinese.of(printed);
        assertEquals("一般公共预算财政拨款支出决算为1,273.96万元，占本年支出合计的96.22%。", simplified);
        assertEquals(printed.length(), simplified.length());
    }

    @Test
    void simplifiedTextIsLeftAsItIs() {
        String text = "一般公共预算财政拨款支出决算为1273.96万元，主要用于：干部培训。";
        assertSame(text, SimplifiedChinese.of(text));
    }

    @Test
    void aDictionaryPhraseThatWouldChangeTheLengthIsConvertedCharacterByCharacter() {
        // HanLP's t2s maps the phrase 筆記簿型電腦 (6 characters) to 笔记本电脑 (5)
        String printed = "購置筆記簿型電腦2臺";
        String simplified = SimplifiedChinese.of(printed);
        assertEquals(printed.length(), simplified.length());
        assertEquals("购置笔记簿型电脑2台", simplified);
    }

    @Test
    void theNormalizedTextIsSimplifiedAndThePrintedTextKeepsTheCharactersAtTheSameOffsets() {
        String title = "某某市圖書館2019年度部門決算公開";
        String sentence = "　　2019年度收入總計1,046.00萬元。";
        NormalizedDocument doc = normalizer.normalize(new RawDocument(DocumentFormat.TXT, List.of(
                RawParagraph.of(title, null), RawParagraph.of(sentence, null),
                new RawTable(List.of(List.of(new RawCell("機關運行經費", 1, 1), new RawCell("12.50", 1, 1))), null)), null));

        assertEquals("某某市图书馆2019年度部门决算公开\n2019年度收入总计1,046.00万元。\n机关运行经费\t12.50\n", doc.text());
        assertEquals("某某市圖書館2019年度部門決算公開\n2019年度收入總計1,046.00萬元。\n機關運行經費\t12.50\n", doc.printedText());
        assertTrue(doc.hasTraditional());
        assertEquals("2019年度收入总计1,046.00万元。", ((ParagraphBlock) doc.blocks().get(1)).text(), "blocks are matched too");
        assertEquals("机关运行经费", ((TableBlock) doc.blocks().get(2)).rows().get(0).cells().get(0).text());

        int at = doc.text().indexOf("1,046.00万元");
        int end = at + "1,046.00万元".length();
        assertEquals("1,046.00萬元", doc.printedText().substring(at, end));
        assertEquals("1,046.00萬元", doc.originalSlice(at, end), "the original offsets still map exactly");
        assertEquals(doc.originalText().indexOf("總計"), doc.originalOffset(doc.text().indexOf("总计")));
    }

    @Test
    void aSimplifiedDocumentPrintsWhatItMatches() {
        NormalizedDocument doc = normalizer.normalize(new RawDocument(DocumentFormat.TXT, List.of(
                RawParagraph.of("一般公共预算财政拨款支出决算为7.20万元。", null)), null));
        assertFalse(doc.hasTraditional());
        assertEquals(doc.text(), doc.printedText());
    }

    @Test
    void pinyinInBracketsAfterCharactersIsDroppedWithTheOffsetsKept() {
        String printed = "部門(bù mén)決算（jué suàn）公開，政府和社會資本合作(PPP)項目支出15.00萬元。";
        NormalizedDocument doc = normalizer.normalize(new RawDocument(DocumentFormat.TXT, List.of(RawParagraph.of(printed, null)), null));
        assertEquals("部门决算公开，政府和社会资本合作(PPP)项目支出15.00万元。\n", doc.text(),
                "pinyin goes, an abbreviation without tone marks stays");
        assertEquals("部門決算公開，政府和社會資本合作(PPP)項目支出15.00萬元。\n", doc.printedText());
        int jue = doc.text().indexOf("决算");
        assertEquals(printed.indexOf("決算"), doc.originalOffset(jue));
        assertEquals(printed.indexOf("算（"), doc.originalOffset(jue + 1));
        assertEquals(printed.indexOf("公開"), doc.originalOffset(jue + 2), "the next character is after the pinyin");
        int figure = doc.text().indexOf("15.00");
        assertEquals("15.00萬元", doc.originalSlice(figure, figure + "15.00万元".length()));
    }
}
