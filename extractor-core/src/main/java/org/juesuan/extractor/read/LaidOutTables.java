package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables of text that prints them as aligned columns ({@code pdftotext -layout} and the like): a row is a
 * line of codes, names and figures separated by runs of two or more spaces or tabs. A table is a run of such rows
 * (at least two with figures; a line with sentence punctuation is never a row, nor one with tabs that does not
 * start with one: Tika's chart cache), with the names wrapped onto lines of their own among them and the header
 * lines above the first row, up to its title or unit line. {@link LaidOutTableGrid} puts their cells into columns.
 */
final class LaidOutTables {
    /** A cell: words and figures a single space apart at most (a tab or two spaces end it). */
    private static final Pattern TOKEN = Pattern.compile("[^\\s](?:[^\\s]| (?=[^\\s]))*");
    private static final Pattern AMOUNT = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?");
    private static final Pattern AMOUNTS = Pattern.compile(AMOUNT + "(?: " + AMOUNT + ")+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d[\\d,]*\\.\\d+%?");
    static final Pattern CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    private static final Pattern SENTENCE = Pattern.compile("[，。；！？：:]");
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|.{0,8}合计)$");
    private static final Pattern TITLE = Pattern.compile("表$|决算表|单位\\s*[：:]");
    private static final Pattern SPACE_BETWEEN_WORDS = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
    private static final int MIN_FIGURE_ROWS = 2;
    private static final int MAX_HEADER_LINES = 8;
    private static final int MAX_HEADER_WORD = 16;
    private static final int MAX_WRAPPED_NAME = 14;

    /** A cell's text as printed on its line, and the character columns [start, end) it stands at. */
    record Token(String text, int start, int end) {
        boolean overlaps(int[] span) {
            return start < span[1] && span[0] < end;
        }

        boolean overlaps(Token other) {
            return start < other.end && other.start < end;
        }

        boolean figure() {
            return DECIMAL.matcher(text).matches();
        }
    }

    /** A line's cells, whether a page begins with it (a form feed), and whether it has tabs. */
    record Line(boolean newPage, boolean tabbed, List<Token> tokens) {
        boolean single() {
            return tokens.size() == 1;
        }
    }

    /** A row with figures or codes, a row of words only, a wrapped name's line, anything else. */
    enum Kind { FIGURES, ROW, WRAPPED, OTHER }

    private LaidOutTables() {
    }

    /** {@code blocks} with the runs of one-line paragraphs that print a table replaced by that table. */
    static List<RawBlock> rebuild(List<RawBlock> blocks) {
        List<RawBlock> out = new ArrayList<>();
        List<RawParagraph> run = new ArrayList<>();
        for (RawBlock block : blocks) {
            if (block instanceof RawParagraph p && p.headingLevel() == null && p.page() == null
                    && p.text().indexOf('\n') < 0) {
                run.add(p);
                continue;
            }
            out.addAll(rebuildRun(run));
            run.clear();
            out.add(block);
        }
        out.addAll(rebuildRun(run));
        return out;
    }

    private static List<RawBlock> rebuildRun(List<RawParagraph> run) {
        List<RawBlock> out = new ArrayList<>();
        List<Line> lines = run.stream().map(p -> line(p.text())).toList();
        List<Kind> kinds = lines.stream().map(LaidOutTables::kind).toList();
        int i = 0;
        int taken = 0; // the lines before this one that a table took
        while (i < run.size()) {
            if (kinds.get(i) != Kind.FIGURES) {
                out.add(run.get(i++));
                continue;
            }
            int end = i + 1;
            while (end < run.size() && kinds.get(end) != Kind.OTHER
                    && !(lines.get(end).newPage() && kinds.get(end) == Kind.WRAPPED)) {
                end++;
            }
            int figureRows = (int) kinds.subList(i, end).stream().filter(k -> k == Kind.FIGURES).count();
            if (figureRows < MIN_FIGURE_ROWS) {
                out.add(run.get(i++));
                continue;
            }
            int start = i;
            if (start > taken && centredName(lines, kinds, start)) {
                start--;
            }
            int header = start;
            while (header > taken && start - header < MAX_HEADER_LINES && !lines.get(header).newPage()
                    && headerLine(run.get(header - 1).text(), lines.get(header - 1))) {
                header--;
            }
            // the lines from the header on were given out as paragraphs: take them back
            out.subList(out.size() - (i - header), out.size()).clear();
            out.addAll(LaidOutTableGrid.build(lines.subList(header, start).stream().map(LaidOutTables::headerWords).toList(),
                    lines.subList(start, end), kinds.subList(start, end)));
            i = end;
            taken = end;
        }
        return out;
    }

    /** The line above the first row is the upper half of its name when the line below holds the lower half. */
    private static boolean centredName(List<Line> lines, List<Kind> kinds, int first) {
        Line above = lines.get(first - 1);
        return above.single() && kind(above) != Kind.OTHER && first + 1 < lines.size()
                && kinds.get(first + 1) == Kind.WRAPPED && !lines.get(first).newPage()
                && above.tokens().get(0).overlaps(lines.get(first + 1).tokens().get(0))
                && lines.get(first).tokens().stream().noneMatch(t -> t.overlaps(above.tokens().get(0)));
    }

    private static boolean headerLine(String raw, Line line) {
        if (line.tokens().isEmpty() || SENTENCE.matcher(raw).find() || TITLE.matcher(raw.strip()).find()
                || ParagraphOpeners.opensParagraph(raw.strip(), 0)) {
            return false;
        }
        return line.tokens().stream().allMatch(t -> t.text().length() <= MAX_HEADER_WORD && !t.figure());
    }

    private static Line line(String raw) {
        int page = raw.lastIndexOf('\f');
        String text = page >= 0 ? raw.substring(page + 1) : raw;
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (AMOUNTS.matcher(token).matches()) {
                Matcher figure = AMOUNT.matcher(token);
                while (figure.find()) {
                    tokens.add(new Token(figure.group(), m.start() + figure.start(), m.start() + figure.end()));
                }
            } else {
                tokens.add(new Token(token, m.start(), m.end()));
            }
        }
        return new Line(page >= 0, raw.indexOf('\t') >= 0, tokens);
    }

    static Kind kind(Line line) {
        List<Token> tokens = line.tokens();
        if (tokens.isEmpty() || line.tabbed() || tokens.stream().anyMatch(t -> SENTENCE.matcher(t.text()).find()
                || TITLE.matcher(t.text()).find())) {
            return Kind.OTHER;
        }
        boolean figure = tokens.stream().anyMatch(Token::figure);
        if (figure || tokens.size() >= 2 && CODE.matcher(tokens.get(0).text()).matches()) {
            return Kind.FIGURES;
        }
        String first = tokens.get(0).text();
        if (tokens.size() >= 2 || ORDINAL.matcher(first).find() || TOTAL.matcher(first).matches()) {
            return Kind.ROW;
        }
        return first.length() <= MAX_WRAPPED_NAME ? Kind.WRAPPED : Kind.OTHER;
    }

    /** A header line's words: a single space between two Chinese words parts two headings (基本支出 项目支出). */
    private static Line headerWords(Line line) {
        List<Token> words = new ArrayList<>();
        for (Token t : line.tokens()) {
            Matcher space = SPACE_BETWEEN_WORDS.matcher(t.text());
            int from = 0;
            while (space.find()) {
                words.add(new Token(t.text().substring(from, space.start()), t.start() + from, t.start() + space.start()));
                from = space.end();
            }
            words.add(new Token(t.text().substring(from), t.start() + from, t.end()));
        }
        return new Line(line.newPage(), line.tabbed(), words);
    }

}
