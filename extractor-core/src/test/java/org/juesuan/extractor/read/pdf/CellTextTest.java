package org.juesuan.extractor.read.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellTextTest {
    /** Glyphs of {@code text} from x, each {@code advance} apart and 8 wide (a 10-point font), on one baseline. */
    private static List<Glyph> line(String text, double x, double advance, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * advance, 8, baseline, 7));
        }
        return glyphs;
    }

    @Test
    void aNameWrappedInItsCellKeepsItsLinesInOrder() {
        List<Glyph> glyphs = new ArrayList<>(line("费支出", 10, 10, 130));
        glyphs.addAll(line("机关事业单位基本养老保险缴", 10, 10, 118));
        assertEquals("机关事业单位基本养老保险缴\n费支出", CellText.of(glyphs));
    }

    @Test
    void wordsSpacedOutToFillTheCellAreOneWord() {
        assertEquals("因公出国（境）费", CellText.of(line("因公出国（境）费", 10, 20, 100)));
    }

    @Test
    void aWideGapBetweenLatinOrDigitsIsASpace() {
        List<Glyph> glyphs = new ArrayList<>(line("201", 10, 8, 100));
        glyphs.addAll(line("06", 60, 8, 100));
        assertEquals("201 06", CellText.of(glyphs));
        assertEquals("1,511.89", CellText.of(line("1,511.89", 10, 8.2, 100)));
    }

    @Test
    void anEmptyCellIsEmpty() {
        assertEquals("", CellText.of(List.of()));
    }
}
