package org.juesuan.extractor.read;

import org.juesuan.extractor.read.LaidOutTables.Kind;
import org.juesuan.extractor.read.LaidOutTables.Line;
import org.juesuan.extractor.read.LaidOutTables.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the cells of a table printed as aligned columns ({@link LaidOutTables}) into a grid by where they stand
 * (character columns, as such text aligns them). The columns are where the cells of the rows that start at the
 * table's left edge stand; the header lines become header rows, their words over the column they stand over (a
 * column no row fills, such as 上级补助收入, gets its own; a heading set off its figures heads the unheaded column
 * beside it; 收入 / 支出 side headings span their halves). A name centred on its row over two or three lines,
 * figures printed a line above their row's words and names printed a line below their codes go back into their
 * row. A table continued on the next page (after a form feed), where the text aligns its own columns anew, is
 * mapped onto the first page's columns: labels to labels, figures to the columns that had figures.
 */
final class LaidOutTableGrid {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CODE_LABELS = Pattern.compile("[类款项](?:\\s+[类款项])*");
    private static final Pattern SIDE = Pattern.compile("(?:收入|支出)(?:项目)?");
    /** How far from its row's words a line of figures may be printed (lines of figures, 类 款 项, wrapped names). */
    private static final int MAX_LINES_OFF_ROW = 4;

    private LaidOutTableGrid() {
    }

    /**
     * The table of {@code body}'s lines under {@code header}'s, and a table of its own for each further page whose
     * columns do not fit the first page's.
     */
    static List<RawBlock> build(List<Line> header, List<Line> body, List<Kind> kinds) {
        List<List<Token>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<Token> displaced = new ArrayList<>();
        List<Token> pending = new ArrayList<>(); // figures printed on a line above their row's words
        for (int k = 0; k < body.size(); k++) {
            if (kinds.get(k) == Kind.WRAPPED) {
                continue;
            }
            List<Token> tokens = body.get(k).tokens();
            if (figuresOnly(tokens)) {
                int next = nextWordedRow(body, kinds, k);
                List<Token> held = new ArrayList<>(pending);
                held.addAll(tokens);
                if (next >= 0 && apart(held, body.get(next).tokens()) && apart(pending, tokens)) {
                    pending = held;
                    continue;
                }
                if (!rows.isEmpty() && !body.get(k).newPage() && pending.isEmpty()
                        && apart(rows.get(rows.size() - 1), tokens)) {
                    List<Token> joined = new ArrayList<>(rows.get(rows.size() - 1));
                    joined.addAll(tokens);
                    rows.set(rows.size() - 1, joined); // figures printed a line below their row's words
                    continue;
                }
            } else if (!pending.isEmpty() && !labelsOnly(tokens)) {
                List<Token> joined = new ArrayList<>(pending);
                joined.addAll(tokens);
                joined.sort((a, b) -> Integer.compare(a.start(), b.start()));
                tokens = joined;
                pending = new ArrayList<>();
            }
            if (!rows.isEmpty() && !body.get(k).newPage() && namesOfCodeRow(rows.get(rows.size() - 1), tokens)) {
                List<Token> joined = new ArrayList<>(rows.get(rows.size() - 1));
                joined.addAll(tokens);
                joined.sort((a, b) -> Integer.compare(a.start(), b.start()));
                rows.set(rows.size() - 1, joined);
                continue;
            }
            if (!rows.isEmpty() && !body.get(k).newPage() && restOfCodeRow(rows.get(rows.size() - 1), tokens)) {
                List<Token> joined = new ArrayList<>(rows.get(rows.size() - 1));
                joined.addAll(tokens);
                displaced.addAll(tokens);
                rows.set(rows.size() - 1, joined);
                continue;
            }
            rows.add(tokens);
            rowLines.add(k);
        }
        if (!pending.isEmpty()) {
            rows.add(pending);
            rowLines.add(body.size() - 1);
        }
        List<List<Token>> above = new ArrayList<>();
        List<List<Token>> below = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            above.add(new ArrayList<>());
            below.add(new ArrayList<>());
        }
        for (int k = 0; k < body.size(); k++) {
            if (kinds.get(k) == Kind.WRAPPED) {
                int nearest = nearestRow(rowLines, rows, k, body.get(k).tokens().get(0));
                (rowLines.get(nearest) > k ? above : below).get(nearest).add(body.get(k).tokens().get(0));
            }
        }
        List<Integer> pageStarts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (r == 0 || body.get(rowLines.get(r)).newPage()) {
                pageStarts.add(r);
            }
        }
        List<int[]> columns = new ArrayList<>();
        List<Boolean> figureColumns = new ArrayList<>();
        List<Boolean> filled = new ArrayList<>();
        List<List<RawCell>> grid = new ArrayList<>();
        List<RawBlock> tables = new ArrayList<>();
        for (int p = 0; p < pageStarts.size(); p++) {
            int from = pageStarts.get(p);
            int to = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) : rows.size();
            List<Token> pageTokens = new ArrayList<>();
            for (int r = from; r < to; r++) {
                pageTokens.addAll(rows.get(r));
                pageTokens.addAll(above.get(r));
                pageTokens.addAll(below.get(r));
            }
            List<int[]> spans = projection(rows.subList(from, to), pageTokens, displaced);
            List<Boolean> spanFigures = figureColumns(spans, pageTokens);
            int[] target = new int[spans.size()];
            if (p == 0) {
                columns.addAll(spans);
                List<Token> headings = header.stream().filter(l -> !sideHeading(l)).flatMap(l -> l.tokens().stream())
                        .toList();
                Token before = null;
                for (Token t : headings) {
                    Token left = before;
                    before = t;
                    int c = best(columns, null, t);
                    if (c >= 0 && left != null && left.end() <= t.start() && best(columns, null, left) == c
                            && c + 1 < columns.size() && headings.stream().noneMatch(h -> h.overlaps(columns.get(c + 1)))) {
                        // two headings over one column's figures (基本支出 项目支出): the right one heads the next column
                        columns.get(c + 1)[0] = Math.min(columns.get(c + 1)[0], t.start());
                        continue;
                    }
                    if (c >= 0) {
                        continue;
                    }
                    int unheaded = unheadedNeighbour(columns, headings, t);
                    if (unheaded >= 0) {
                        // a heading set off its column's figures: stretch the column under it
                        columns.get(unheaded)[0] = Math.min(columns.get(unheaded)[0], t.start());
                        columns.get(unheaded)[1] = Math.max(columns.get(unheaded)[1], t.end());
                    } else {
                        columns.add(new int[]{t.start(), t.end()});
                        columns.sort((a, b) -> Integer.compare(a[0], b[0]));
                    }
                }
                for (int[] column : columns) {
                    filled.add(spans.contains(column));
                    figureColumns.add(spans.contains(column) && spanFigures.get(spans.indexOf(column)));
                }
                for (int c = 0; c < spans.size(); c++) {
                    target[c] = columns.indexOf(spans.get(c));
                }
                for (Line line : header) {
                    grid.add(sideHeading(line) ? spanning(line.tokens(), columns)
                            : cells(line.tokens(), List.of(), List.of(), List.of(), columns, null, identity(columns.size()),
                            columns.size()));
                }
            } else {
                target = mapping(spanFigures, figureColumns, filled);
                if (target == null) {
                    // the page's columns do not fit the first page's: a table of its own rather than misplaced cells
                    List<List<RawCell>> own = new ArrayList<>();
                    for (int r = from; r < to; r++) {
                        own.add(cells(rows.get(r), above.get(r), below.get(r), displaced, spans, spanFigures,
                                identity(spans.size()), spans.size()));
                    }
                    tables.add(new RawTable(own, null));
                    continue;
                }
            }
            for (int r = from; r < to; r++) {
                grid.add(cells(rows.get(r), above.get(r), below.get(r), displaced, spans, spanFigures, target, columns.size()));
            }
        }
        tables.add(0, new RawTable(grid, null));
        return tables;
    }

    /** A line of side headings only (收入 … 支出 over a side-by-side summary). */
    private static boolean sideHeading(Line line) {
        return line.tokens().size() >= 2 && line.tokens().stream().allMatch(t -> SIDE.matcher(t.text()).matches());
    }

    /**
     * Side headings centred over their halves: each spans the columns nearer to it than to the next heading, as
     * the printed heading cell does.
     */
    private static List<RawCell> spanning(List<Token> headings, List<int[]> columns) {
        List<RawCell> cells = new ArrayList<>();
        int column = 0;
        for (int h = 0; h < headings.size(); h++) {
            int span = 0;
            while (column < columns.size() && (h == headings.size() - 1
                    || center(columns.get(column)) < (center(headings.get(h)) + center(headings.get(h + 1))) / 2)) {
                span++;
                column++;
            }
            if (span > 0) {
                cells.add(new RawCell(headings.get(h).text(), span, 1));
            }
        }
        return cells;
    }

    private static int center(int[] span) {
        return (span[0] + span[1]) / 2;
    }

    private static int center(Token token) {
        return (token.start() + token.end()) / 2;
    }

    /**
     * The column right after {@code heading} (or right before it) when no heading stands over that column at all;
     * else -1 (the heading is a column no row fills).
     */
    private static int unheadedNeighbour(List<int[]> columns, List<Token> headings, Token heading) {
        for (int c = 0; c < columns.size(); c++) {
            int[] column = columns.get(c);
            boolean next = column[0] >= heading.end() && (c == 0 || columns.get(c - 1)[1] <= heading.start());
            boolean previous = column[1] <= heading.start()
                    && (c == columns.size() - 1 || columns.get(c + 1)[0] >= heading.end());
            if ((next || previous) && headings.stream().noneMatch(h -> h.overlaps(column))) {
                return c;
            }
        }
        return -1;
    }

    private static int[] identity(int size) {
        int[] identity = new int[size];
        for (int c = 0; c < size; c++) {
            identity[c] = c;
        }
        return identity;
    }

    private static boolean figuresOnly(List<Token> tokens) {
        return tokens.stream().allMatch(Token::figure);
    }

    /** A line of 类 / 款 / 项 only: the labels over the code columns, printed among the rows. */
    private static boolean labelsOnly(List<Token> tokens) {
        return tokens.stream().allMatch(t -> CODE_LABELS.matcher(t.text()).matches());
    }

    /** The next line of the few after {@code k} with words of a row (not figures, 类/款/项 or a wrapped name only), or -1. */
    private static int nextWordedRow(List<Line> body, List<Kind> kinds, int k) {
        for (int n = k + 1; n < body.size() && n <= k + MAX_LINES_OFF_ROW && !body.get(n).newPage(); n++) {
            if (kinds.get(n) != Kind.WRAPPED && !figuresOnly(body.get(n).tokens()) && !labelsOnly(body.get(n).tokens())) {
                return n;
            }
        }
        return -1;
    }

    /** Whether no cell of one stands over a cell of the other. */
    private static boolean apart(List<Token> a, List<Token> b) {
        return a.stream().noneMatch(x -> b.stream().anyMatch(y -> x.overlaps(y)));
    }

    /**
     * The row a wrapped name's line belongs to: the nearest; between two, the one with no words of its own where
     * the line stands (a name centred on its row), else the one before (a name wraps downwards).
     */
    private static int nearestRow(List<Integer> rowLines, List<List<Token>> rows, int line, Token words) {
        int best = 0;
        for (int r = 1; r < rowLines.size(); r++) {
            int distance = Math.abs(rowLines.get(r) - line);
            int bestDistance = Math.abs(rowLines.get(best) - line);
            if (distance < bestDistance || distance == bestDistance
                    && rows.get(best).stream().anyMatch(t -> t.overlaps(words))
                    && rows.get(r).stream().noneMatch(t -> t.overlaps(words))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * A line of names (and codes) where its row, printed a line above, has codes and figures only
     * ({@code 301 01 … 302} / {@code 基本工资 01 办公费}).
     */
    private static boolean namesOfCodeRow(List<Token> row, List<Token> line) {
        return line.stream().noneMatch(Token::figure) && line.stream().anyMatch(t -> HAN.matcher(t.text()).find())
                && row.stream().noneMatch(t -> HAN.matcher(t.text()).find())
                && row.stream().anyMatch(t -> LaidOutTables.CODE.matcher(t.text()).matches()) && apart(row, line);
    }

    /**
     * A line that holds the name and figures of the code its row ended with ({@code 30109 职业年金缴费 225.12 30207}
     * / {@code 邮电费 8.05}): the text put the code's cell a line above the others.
     */
    private static boolean restOfCodeRow(List<Token> row, List<Token> line) {
        Token last = row.get(row.size() - 1);
        return row.size() >= 2 && LaidOutTables.CODE.matcher(last.text()).matches() && line.get(0).start() > last.start()
                && line.get(0).start() > row.get(0).start() + 2;
    }

    /**
     * The column spans: where the cells of the rows that start at the table's left edge stand, overlapping cells of
     * different rows making one column (leaving out cells {@code displaced} from their line); a cell of another row
     * that stands in one of them only widens it; then those of the other cells that stand in none of them (a side-by-side
     * table's rows with only a right half may be laid out a little apart from the full rows).
     */
    private static List<int[]> projection(List<List<Token>> rows, List<Token> all, List<Token> displaced) {
        int left = rows.stream().filter(r -> !r.isEmpty()).mapToInt(r -> r.get(0).start()).min().orElse(0);
        List<Token> full = rows.stream().filter(r -> !r.isEmpty() && r.get(0).start() <= left + 2)
                .flatMap(List::stream).filter(t -> !displaced.contains(t) && !CODE_LABELS.matcher(t.text()).matches())
                .toList();
        List<int[]> spans = union(full);
        for (Token t : all) {
            List<int[]> touched = spans.stream().filter(t::overlaps).toList();
            if (touched.size() == 1) {
                touched.get(0)[0] = Math.min(touched.get(0)[0], t.start());
                touched.get(0)[1] = Math.max(touched.get(0)[1], t.end());
            }
        }
        List<Token> outside = new ArrayList<>();
        for (Token t : all) {
            if (spans.stream().anyMatch(t::overlaps)) {
                continue;
            }
            // a one-character label (类 / 款 / 项) set just beside its column's codes
            int beside = t.text().length() == 1 ? beside(spans, t) : -1;
            if (beside >= 0) {
                spans.get(beside)[0] = Math.min(spans.get(beside)[0], t.start());
                spans.get(beside)[1] = Math.max(spans.get(beside)[1], t.end());
            } else {
                outside.add(t);
            }
        }
        List<int[]> rest = union(outside);
        spans.addAll(rest);
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans;
    }

    private static List<int[]> union(List<Token> tokens) {
        List<int[]> spans = new ArrayList<>();
        tokens.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).forEach(t -> {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && t.start() < last[1]) {
                last[1] = Math.max(last[1], t.end());
            } else {
                spans.add(new int[]{t.start(), t.end()});
            }
        });
        return spans;
    }

    /** Per span, whether most of the cells standing in it are figures. */
    private static List<Boolean> figureColumns(List<int[]> spans, List<Token> tokens) {
        List<Boolean> figures = new ArrayList<>();
        for (int[] span : spans) {
            long in = tokens.stream().filter(t -> t.overlaps(span)).count();
            long figure = tokens.stream().filter(t -> t.overlaps(span) && t.figure()).count();
            figures.add(figure > 0 && 2 * figure >= in);
        }
        return figures;
    }

    /**
     * Per column of a continued page, the first page's column it continues: labels in order onto the label columns
     * the first page filled, figures onto its filled figure columns (or onto its figure columns in order when the
     * counts differ); null when they cannot fit.
     */
    private static int[] mapping(List<Boolean> pageFigures, List<Boolean> figureColumns, List<Boolean> filled) {
        List<Integer> labels = new ArrayList<>();
        List<Integer> filledFigures = new ArrayList<>();
        List<Integer> allFigures = new ArrayList<>();
        for (int c = 0; c < figureColumns.size(); c++) {
            if (figureColumns.get(c)) {
                filledFigures.add(c);
            } else if (filled.get(c)) {
                labels.add(c);
            }
        }
        for (int c = 0; c < figureColumns.size(); c++) {
            if (!labels.contains(c)) {
                allFigures.add(c);
            }
        }
        long pageFigureCount = pageFigures.stream().filter(f -> f).count();
        List<Integer> figures = pageFigureCount == filledFigures.size() ? filledFigures : allFigures;
        if (pageFigures.size() - pageFigureCount > labels.size() || pageFigureCount > figures.size()) {
            return null;
        }
        int[] target = new int[pageFigures.size()];
        int label = 0;
        int figure = 0;
        for (int c = 0; c < pageFigures.size(); c++) {
            target[c] = pageFigures.get(c) ? figures.get(figure++) : labels.get(label++);
        }
        return target;
    }

    /**
     * The column a token stands over most, or -1; with the columns' kinds ({@code figures}, else null), a column of
     * its own kind (figure or label) over one of the other it also touches.
     */
    private static int best(List<int[]> columns, List<Boolean> figures, Token token) {
        if (figures != null) {
            List<int[]> sameKind = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                sameKind.add(figures.get(c) == token.figure() ? columns.get(c) : new int[]{0, 0});
            }
            int same = best(sameKind, null, token);
            if (same >= 0) {
                return same;
            }
        }
        int best = -1;
        int most = 0;
        for (int c = 0; c < columns.size(); c++) {
            int overlap = Math.min(token.end(), columns.get(c)[1]) - Math.max(token.start(), columns.get(c)[0]);
            if (overlap > most) {
                most = overlap;
                best = c;
            }
        }
        return best >= 0 || token.text().length() != 1 ? best : beside(columns, token);
    }

    /** The column a one-character label (类 / 款 / 项) is set just beside, or -1. */
    private static int beside(List<int[]> columns, Token token) {
        for (int c = 0; c < columns.size(); c++) {
            int[] span = columns.get(c);
            int before = span[0] - token.end();
            int after = token.start() - span[1];
            if (before >= 0 && before <= 1 || after >= 0 && after <= 1) {
                return c;
            }
        }
        return -1;
    }

    /**
     * One row's cells over the table's {@code width} columns: each token in the column it stands over (its page's
     * column in {@code spans}, which {@code target} maps onto the table's), a wrapped name's lines before and after
     * the row's own words.
     */
    private static List<RawCell> cells(List<Token> row, List<Token> above, List<Token> below, List<Token> displaced,
                                       List<int[]> spans, List<Boolean> figures, int[] target, int width) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            texts.add(new StringBuilder());
        }
        List<Token> all = new ArrayList<>(above);
        all.addAll(row);
        all.addAll(below);
        boolean[] rowWords = new boolean[width];
        for (Token token : all) {
            int span = best(spans, figures, token);
            if (span < 0) {
                continue;
            }
            int column = target[span];
            if (displaced.contains(token) && !token.figure()) {
                // a name put a line below its code: the cell after the code's
                Token code = row.get(row.indexOf(token) - 1);
                int codeSpan = best(spans, figures, code);
                column = codeSpan >= 0 && target[codeSpan] + 1 < width ? target[codeSpan] + 1 : column;
            }
            boolean own = row.contains(token);
            if (own && rowWords[column]) {
                texts.get(column).append(' '); // two words of one line in one column
            }
            texts.get(column).append(token.text()); // a wrapped name's lines join without a space, as in CJK text
            rowWords[column] = own;
        }
        return texts.stream().map(t -> RawCell.of(t.toString())).toList();
    }
}
