package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line that a converter flattened (a whole page, or a whole document, with its line breaks turned into
 * spaces or removed) back into lines: at a space between Chinese text (Chinese prose has no spaces; a space next
 * to a figure or a Latin word is kept: {@code 为 1560.05 万元}), and before a heading or list marker that follows
 * a sentence end ({@code 。二、收入决算情况说明}) or a space after Chinese text ({@code 情况说明 1、收入支出…}) or a figure ({@code 100% 5.社会保障…}). The pieces are then joined into paragraphs like any other lines.
 */
final class FlattenedText {
    /** A line at least this wide (display width; a printed A4 line is about 80) can be a flattened page. */
    private static final int MIN_WIDTH = 160;
    private static final int MIN_BREAKS = 3;
    /** Break spaces per character in a flattened document: a printed line holds 20 to 45 Chinese characters. */
    private static final double MIN_BREAK_DENSITY = 0.01;
    private static final Pattern BREAK_SPACE = Pattern.compile("(?<=[^\\x00-\\x7F]|\\))[ \\u3000\\u00A0]+(?=[^\\x00-\\x7F])");
    private static final Pattern MARKER_AFTER_END = Pattern.compile(
            "(?<=[。；！？：])\\s*(?=第\\s*[一二三四五六七八九十]+\\s*部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、．.](?!\\d))");

    /** A space between Chinese text and a numbered heading or list item ({@code 情况说明 1、收入支出决算…}). */
    private static final Pattern SPACE_BEFORE_MARKER = Pattern.compile(
            "(?<=[^\\x00-\\x7F])[ \\u3000\\u00A0]+(?=第\\s*[一二三四五六七八九十]+\\s*部分|[一二三四五六七八九十]+、"
                    + "|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}、)");

    /**
     * A space before a numbered list item ({@code 完成预算 100% 5.社会保障…}, {@code 100% （4）市侨联…}): in a printed
     * report such a marker opens a line, and the text before it (a figure, a percentage) need not end a sentence.
     */
    private static final Pattern SPACE_BEFORE_NUMBERED_ITEM = Pattern.compile(
            "(?<=\\S)[ \\u3000\\u00A0]+(?=(?:\\d{1,2}[、．.]|[（(]\\d{1,2}[)）])\\p{IsHan})");

    /**
     * A space between a heading's last words and the year its first sentence opens with ({@code 支出决算情况说明 2021
     * 年本年支出合计…}): headings without a number are found only on a line of their own.
     */
    private static final Pattern SPACE_AFTER_HEADING = Pattern.compile(
            "(?<=情况|说明)[ \\u3000\\u00A0]+(?=\\d{4}\\s*年)");

    private FlattenedText() {
    }

    /**
     * The lines with flattened ones split, or {@code lines} itself when the text does not look flattened: too few
     * long lines with break spaces in them, or too few break spaces for the amount of text.
     */
    static List<PdfLineJoiner.Line> split(List<PdfLineJoiner.Line> lines) {
        long characters = lines.stream().mapToLong(l -> l.text().length()).sum();
        long breaks = lines.stream().filter(FlattenedText::flattened).mapToLong(l -> breaks(l.text()).size()).sum();
        if (breaks < MIN_BREAK_DENSITY * characters) {
            return lines;
        }
        List<PdfLineJoiner.Line> out = new ArrayList<>(lines.size());
        for (PdfLineJoiner.Line line : lines) {
            if (breaks(line.text()).isEmpty()) {
                out.add(line);
                continue;
            }
            String text = line.text();
            int from = 0;
            for (int[] cut : breaks(text)) {
                add(out, text.substring(from, cut[0]), line.page());
                from = cut[1];
            }
            add(out, text.substring(from), line.page());
        }
        return out;
    }

    private static boolean flattened(PdfLineJoiner.Line line) {
        return line.width() >= MIN_WIDTH && breaks(line.text()).size() >= MIN_BREAKS;
    }

    private static void add(List<PdfLineJoiner.Line> out, String piece, Integer page) {
        String text = piece.strip();
        if (!text.isEmpty()) {
            out.add(new PdfLineJoiner.Line(text, page));
        }
    }

    /** The cuts [start, end) of the break spaces and marker positions, in order, not overlapping. */
    private static List<int[]> breaks(String text) {
        List<int[]> cuts = new ArrayList<>();
        Matcher space = BREAK_SPACE.matcher(text);
        while (space.find()) {
            cuts.add(new int[]{space.start(), space.end()});
        }
        for (Pattern markers : List.of(MARKER_AFTER_END, SPACE_BEFORE_MARKER, SPACE_BEFORE_NUMBERED_ITEM, SPACE_AFTER_HEADING)) {
            Matcher marker = markers.matcher(text);
            while (marker.find()) {
                int at = marker.start();
                if (cuts.stream().noneMatch(c -> c[0] <= at && at <= c[1])) {
                    cuts.add(new int[]{marker.start(), marker.end()});
                }
            }
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        return cuts;
    }
}
