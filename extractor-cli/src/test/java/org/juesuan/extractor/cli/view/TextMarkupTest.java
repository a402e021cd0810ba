package org.juesuan.extractor.cli.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextMarkupTest {
    private static TextMarkup.Mark mark(int start, int end, int rank, String name) {
        return new TextMarkup.Mark(start, end, rank, "<" + name + ">", "</" + name + ">");
    }

    private static String render(String text, int from, int to, TextMarkup.Mark... marks) {
        StringBuilder out = new StringBuilder();
        TextMarkup.render(out, text, from, to, List.of(marks));
        return out.toString();
    }

    @Test
    void aShareInsideASentenceWithAnAmountNests() {
        String text = "支出100万元，占50%。";
        // the sentence, the amount (2..7) and the share (9..12), given in any order
        assertEquals("<s>支出<a>100万元</a>，占<b>50%</b>。</s>",
                render(text, 0, text.length(), mark(9, 12, 2, "b"), mark(2, 7, 1, "a"), mark(0, text.length(), 0, "s")));
    }

    @Test
    void rangesWithTheSameExtentNestByRankAndAnEnclosingRangeIsOuter() {
        String text = "总额19.04万元";
        assertEquals("总额<x><y><z>19.04</z>万元</y></x>",
                render(text, 0, text.length(), mark(2, 9, 2, "y"), mark(2, 7, 3, "z"), mark(2, 9, 1, "x")));
    }

    @Test
    void aCrossingRangeIsCutAtTheEndOfTheOneItStartsIn() {
        String text = "abcdefgh";
        assertEquals("a<p>bc<q>de</q></p>fgh", render(text, 0, text.length(), mark(1, 5, 1, "p"), mark(3, 7, 2, "q")));
    }

    @Test
    void textIsEscapedAndMarksAreClampedToTheStretch() {
        String text = "x<b>&'\"y";
        assertEquals("&lt;b&gt;<m>&amp;&#39;&quot;</m>", render(text, 1, 7, mark(4, 20, 1, "m")));
        assertEquals("<m></m>ab", render("ab", 0, 2, mark(0, 0, 1, "m")));
    }
}
