package org.juesuan.extractor.segment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A heading line's words as the segmenter compares them (HeadingCandidate.titleWords, HeadingWords.compact). */
class TitleWordsTest {
    @Test
    void trailingPunctuationShortAnswersAndNotesInBracketsAreNotTitleWords() {
        assertEquals("收入支出决算总体情况", HeadingCandidate.titleWords("收入支出决算总体情况。 "));
        assertEquals("政府性基金预算财政拨款收入支出决算情况",
                HeadingCandidate.titleWords("政府性基金预算财政拨款收入支出决算情况。无。"), "a short answer after the title");
        assertEquals("“三公”经费财政拨款支出决算情况说明",
                HeadingCandidate.titleWords("“三公”经费财政拨款支出决算情况说明（单位：万元）："), "a note in brackets");
        assertEquals("机关运行经费支出情况", HeadingCandidate.titleWords("机关运行经费支出情况(注1)（注2）"), "two notes");
        assertEquals("（一）", HeadingCandidate.titleWords("（一）"), "a note that is all there is stays");
        assertEquals("收入(其中)情况", HeadingCandidate.titleWords("收入(其中)情况"), "brackets inside the title stay");
    }

    @Test
    void aLineEndingInALineTerminatorIsReadAsThePatternsReadIt() {
        // $ matches before a final line terminator: the punctuation before it goes, the terminator stays
        assertEquals("部门概况\u2028", HeadingCandidate.titleWords("部门概况，\u2028"));
    }

    @Test
    void compactWordsHaveNoSpacesOneQuoteStyleAndFullWidthBracketsAndColons() {
        assertEquals("\"三公\"经费（单位：万元）", HeadingWords.compact(" 「三公」 经费\u3000(单位:万元)\u00A0"));
        assertEquals("\"三公\"经费", HeadingWords.compact("‘三公’\t经费"));
    }
}
