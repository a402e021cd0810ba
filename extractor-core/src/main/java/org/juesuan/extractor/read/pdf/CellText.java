package org.juesuan.extractor.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of one table cell from its glyphs: lines by baseline, glyphs left to right, lines joined by '\n'
 * (the normalizer joins a name wrapped inside its cell). A space is put where the gap between two glyphs is
 * wider than a narrow space, but never between two Chinese characters: cells spaced out to fill their width
 * (因 公 出 国 （ 境 ） 费) are one word.
 */
final class CellText {
    private static final double SAME_LINE = 0.5;
    private static final double SPACE_GAP = 0.35;

    private CellText() {
    }

    static String of(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double baseline = sorted.get(0).baseline();
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.baseline() - baseline) > SAME_LINE * Math.max(g.height(), 1)) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = g.baseline();
            }
            line.add(g);
        }
        lines.add(line);
        StringBuilder text = new StringBuilder();
        for (List<Glyph> l : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            l.sort(Comparator.comparingDouble(Glyph::x));
            Glyph previous = null;
            for (Glyph g : l) {
                if (previous != null && spaced(previous, g)) {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
        }
        return text.toString().strip();
    }

    private static boolean spaced(Glyph a, Glyph b) {
        if (chinese(a.text()) && chinese(b.text())) {
            return false;
        }
        double em = Math.max(a.height(), b.height()) / 0.7;
        return b.x() - a.right() > SPACE_GAP * em;
    }

    private static boolean chinese(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0x3000 && c <= 0x303F);
    }
}
