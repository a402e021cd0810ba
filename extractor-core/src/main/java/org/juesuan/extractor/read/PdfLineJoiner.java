package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups text lines back into paragraphs: a PDF's lines, and the lines of text that lost its layout
 * ({@link LineReflow}: pdftotext output, HTML made from a PDF). A PDF has no paragraphs, only lines; a line that
 * runs to the right margin was wrapped (often in the middle of a number: {@code 307.82\n万元}) and continues on
 * the next line, unless the next line opens a heading or list item. The margin is estimated from the
 * document itself: the typical width of its full prose lines. Lines that are only a page number at the
 * top or bottom of a page are dropped.
 */
final class PdfLineJoiner {
    /** A line and its display width up to its right end (with the indentation of laid-out text). */
    record Line(String text, Integer page, int width) {
        Line(String text, Integer page) {
            this(text, page, PdfLineJoiner.width(text));
        }
    }

    /** A line this wide, relative to the document's full line width, was wrapped by the layout. */
    private static final double WRAPPED_FRACTION = 0.85;
    /** Longest line taken for a title of its own (a table title, a heading's wrapped tail). */
    private static final int SHORT_TITLE = 24;
    private static final int HEADING_TAIL = 8;
    private static final double FIRST_LINE_FRACTION = 0.6;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:;）)”\"]$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\d{3,7}\\s+(?![年月日])\\S");
    private static final Pattern SPACED_AMOUNT = Pattern.compile("(?:^|\\s)-?\\d[\\d,]*\\.\\d{1,2}(?=\\s|$)");
    private static final Pattern CJK_PUNCTUATION = Pattern.compile("[，。；：、]");
    /** Heading numbers (第三部分, 九、, （三）); an Arabic 1、 opens list items too, and those wrap like prose. */
    private static final Pattern HEADING_MARKER = Pattern.compile(
            "第\\s*[一二三四五六七八九十\\d]+\\s*部分|[一二三四五六七八九十]+\\s*、|[（(]\\s*[一二三四五六七八九十]+\\s*[)）]");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；：！？]");
    private static final Pattern CLOSING_HEAD = Pattern.compile("[。，、；：！？）》」』”%％]");
    private static final Pattern PART_HEADING = Pattern.compile("第\\s*[一二三四五六七八九十\\d]+\\s*部分");
    private static final Pattern CLAUSE_END = Pattern.compile("[，、,]$");
    private static final int PART_TAIL = 4;
    private static final int PART_TITLE = 40;
    private static final Pattern NUMBER_TAIL = Pattern.compile("[\\d.]$");
    private static final Pattern NUMBER_HEAD = Pattern.compile("^(?:[\\d.%％]|万元|亿元|元)");

    private PdfLineJoiner() {
    }

    static List<RawBlock> join(List<Line> input) {
        List<Line> lines = dropPageNumbers(input);
        return joinLines(lines, fullLineWidth(lines));
    }

    /** Joins with a full line width measured over more than these lines (the whole document). */
    static List<RawBlock> join(List<Line> input, double fullWidth) {
        return joinLines(dropPageNumbers(input), fullWidth);
    }

    private static List<RawBlock> joinLines(List<Line> lines, double fullWidth) {
        List<RawBlock> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        Integer page = null;
        Line previous = null;
        for (Line line : lines) {
            if (current != null && (continues(previous, line, fullWidth) || continuesPartHeading(current, line))) {
                current.append('\n').append(line.text());
                if (CLOSING_HEAD.matcher(line.text()).lookingAt()) {
                    // a line cut just before its closing punctuation: the two are one printed line
                    previous = new Line(previous.text() + line.text(), line.page(), previous.width() + line.width());
                    continue;
                }
            } else {
                if (current != null) {
                    paragraphs.add(RawParagraph.of(current.toString(), page));
                }
                current = new StringBuilder(line.text());
                page = line.page();
            }
            previous = line;
        }
        if (current != null) {
            paragraphs.add(RawParagraph.of(current.toString(), page));
        }
        return paragraphs;
    }

    static boolean continues(Line previous, Line next, double fullWidth) {
        String a = previous.text();
        String b = next.text();
        int widthA = previous.width();
        if (ParagraphOpeners.opensParagraph(b, 0) || tabular(a) || tabular(b)) {
            return false;
        }
        if (tableTitle(a)) {
            return false; // a table's title (收入支出决算总表) stands alone above its table or the next title
        }
        if (NUMBER_TAIL.matcher(a).find() && NUMBER_HEAD.matcher(b).find() && !a.endsWith("。")) {
            return true;
        }
        if (CLOSING_HEAD.matcher(b).lookingAt()) {
            return true; // no line starts with closing punctuation (。主要用于…): the line before was cut
        }
        if (CLAUSE_END.matcher(a).find()) {
            return true; // no paragraph ends with a comma (年初预算为 / 289.59 万元， / 支出决算为…)
        }
        boolean titleLike = b.length() <= SHORT_TITLE && !SENTENCE_PUNCTUATION.matcher(b).find();
        if (fullWidth <= 0) {
            return false;
        }
        boolean titleLikeB = titleLike;
        if (HEADING_MARKER.matcher(a).lookingAt() && !SENTENCE_PUNCTUATION.matcher(a).find()) {
            // a long heading wraps only its last word or two
            return widthA >= WRAPPED_FRACTION * fullWidth && titleLikeB && b.length() <= HEADING_TAIL;
        }
        if (widthA >= WRAPPED_FRACTION * fullWidth) {
            // a sentence that ended at the margin followed by a title (a table title after a note) is a break
            return !(a.endsWith("。") && titleLikeB);
        }
        // a first line, indented, stops short of the margin but still wraps inside a word (…比 2023 年度减 / 少 0.15 万元)
        return widthA >= FIRST_LINE_FRACTION * fullWidth && !SENTENCE_END.matcher(a).find() && !titleLikeB;
    }

    private static boolean tableTitle(String line) {
        return line.endsWith("表") && !SENTENCE_PUNCTUATION.matcher(line).find();
    }

    /** 第三部分 / 中共…决算情况 / 说明: a part heading set in large type over several lines. */
    private static boolean continuesPartHeading(CharSequence paragraph, Line next) {
        String b = next.text();
        if (!PART_HEADING.matcher(paragraph).lookingAt() || SENTENCE_PUNCTUATION.matcher(paragraph).find()
                || SENTENCE_PUNCTUATION.matcher(b).find() || ParagraphOpeners.opensParagraph(b, 0) || tabular(b)) {
            return false;
        }
        return PART_HEADING.matcher(paragraph).matches() ? b.length() <= PART_TITLE : b.length() <= PART_TAIL;
    }

    static boolean tabular(String line) {
        if (TABLE_ROW.matcher(line).find()) {
            return true;
        }
        return !CJK_PUNCTUATION.matcher(line).find() && SPACED_AMOUNT.matcher(line).results().count() >= 2;
    }

    private static List<Line> dropPageNumbers(List<Line> lines) {
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean firstOfPage = i == 0 || !samePage(lines.get(i - 1), line);
            boolean lastOfPage = i == lines.size() - 1 || !samePage(lines.get(i + 1), line);
            if ((firstOfPage || lastOfPage) && PageNumber.matches(line.text())) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean samePage(Line a, Line b) {
        return a.page() == null ? b.page() == null : a.page().equals(b.page());
    }

    /**
     * The width of a full line of prose: the 80th percentile of the widths of lines with real prose in them.
     * Returns 0 when there is too little prose to tell.
     */
    static double fullLineWidth(List<Line> lines) {
        List<Integer> widths = proseWidths(lines);
        if (widths.size() < 5) {
            return 0;
        }
        return widths.get((int) Math.floor(0.8 * (widths.size() - 1)));
    }

    /** The widths of the lines with real prose in them, ascending. */
    static List<Integer> proseWidths(List<Line> lines) {
        return lines.stream()
                .filter(l -> CJK_PUNCTUATION.matcher(l.text()).find() && cjkCount(l.text()) >= 8)
                .map(Line::width)
                .sorted()
                .toList();
    }

    /** Display width: CJK and full-width characters count 2, others 1. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += wide(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’';
    }

    static int cjkCount(String s) {
        return (int) s.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count();
    }

}
