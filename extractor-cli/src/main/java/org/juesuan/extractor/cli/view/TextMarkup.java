package org.juesuan.extractor.cli.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Writes a stretch of the report's text as escaped HTML with an element around each marked range. Ranges nest: a
 * share inside a sentence inside a paragraph. A range that crosses the end of one opened before it (which the
 * extractor's raws should never do) is cut at that end, so the HTML stays well formed and each range still gets
 * exactly one element.
 */
final class TextMarkup {
    /** A range of the text and the tags around it; among ranges with the same extent, lower {@code rank} is outer. */
    record Mark(int start, int end, int rank, String open, String close) {
    }

    private static final Comparator<Mark> OUTER_FIRST = Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparingInt(Mark::rank);

    private TextMarkup() {
    }

    /** Appends {@code text[from, to)} with the marks (clamped to that stretch) to {@code out}. */
    static void render(StringBuilder out, String text, int from, int to, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(OUTER_FIRST);
        Deque<Integer> openEnds = new ArrayDeque<>();
        Deque<String> closes = new ArrayDeque<>();
        int pos = from;
        for (Mark mark : sorted) {
            int start = Math.max(from, Math.min(mark.start(), to));
            while (!openEnds.isEmpty() && openEnds.peek() <= start) {
                pos = close(out, text, pos, openEnds, closes);
            }
            int limit = openEnds.isEmpty() ? to : openEnds.peek();
            int end = Math.max(start, Math.min(mark.end(), limit));
            Html.escapeInto(out, text, pos, start);
            out.append(mark.open());
            pos = start;
            openEnds.push(end);
            closes.push(mark.close());
        }
        while (!openEnds.isEmpty()) {
            pos = close(out, text, pos, openEnds, closes);
        }
        Html.escapeInto(out, text, pos, to);
    }

    private static int close(StringBuilder out, String text, int pos, Deque<Integer> openEnds, Deque<String> closes) {
        int end = openEnds.pop();
        Html.escapeInto(out, text, pos, end);
        out.append(closes.pop());
        return end;
    }
}
