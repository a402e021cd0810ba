package org.juesuan.extractor.read.ocr;

import org.juesuan.extractor.read.RawCell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 决算表 on a page read by OCR, rebuilt into rows of cells from the words' boxes, so that it is read as a ruled
 * table of a text PDF is. Body rows are the lines holding a figure standing alone (a word group of its own: the
 * gap before and after it wider than a character) or opening with a 3-digit code; the longest run of at least
 * {@link #MIN_ROWS} such lines is the table, and the lines right above it, up to the title or the unit line, its
 * header. Columns come from the body: codes by the centre of their boxes, figures by their right edges (figures are
 * right-aligned), every other word group is the name; header words go to the column they stand over. A cell
 * holds what OCR read there, repaired as any OCR line ({@link OcrTextCleanup}), a figure whose thousands
 * separators were read as points ({@code 1.511.89}) written with commas; nothing is added.
 */
final class OcrTableRows {
    static final int MIN_ROWS = 3;
    private static final int MAX_HEADER_LINES = 4;
    /** A gap wider than this many character heights separates two cells. */
    private static final double CELL_GAP = 1.2;
    /** Boxes of one column lie within this many character heights of each other. */
    private static final double COLUMN_TOLERANCE = 1.5;
    private static final Pattern RULING = Pattern.compile("^[|｜丨“”\"'‘’!！_]+$");
    private static final Pattern EDGE_RULING = Pattern.compile("^[|｜丨“”\"'‘’_\\s]+|[|｜丨“”\"'‘’_\\s]+$");
    private static final Pattern AMOUNT = Pattern.compile("^-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?$");
    private static final Pattern POINTED_THOUSANDS = Pattern.compile("^\\d{1,3}(?:\\.\\d{3})+\\.\\d{1,2}$");
    private static final Pattern DIGITS = Pattern.compile("^[\\d.,]+$");
    private static final Pattern CODE = Pattern.compile("^\\d{2,3}$");
    private static final Pattern TITLE_OR_UNIT = Pattern.compile("决算表|单位[：:；;]|^单位");

    /** The table found: lines {@code first..last} of the page (header included) and its rows. */
    record Found(int first, int last, List<List<RawCell>> rows) {
    }

    private record Chunk(String text, int x0, int x1) {
        double centre() {
            return (x0 + x1) / 2.0;
        }
    }

    private enum Role { CODE, NAME, AMOUNT }

    private static final class Column {
        final Role role;
        final List<Chunk> members = new ArrayList<>();

        Column(Role role) {
            this.role = role;
        }

        double key() {
            return members.stream().mapToDouble(c -> role == Role.AMOUNT ? c.x1() : c.centre()).average().orElse(0);
        }

        int left() {
            return members.stream().mapToInt(Chunk::x0).min().orElse(0);
        }

        int right() {
            return members.stream().mapToInt(Chunk::x1).max().orElse(0);
        }
    }

    private OcrTableRows() {
    }

    static Optional<Found> find(List<OcrLine> lines) {
        double height = medianHeight(lines);
        List<List<Chunk>> chunks = lines.stream().map(line -> chunks(line, height)).toList();
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < chunks.size(); ) {
            int j = i;
            while (j < chunks.size() && body(chunks.get(j))) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        if (bestLength < MIN_ROWS) {
            return Optional.empty();
        }
        int first = bestStart;
        while (first > 0 && bestStart - first < MAX_HEADER_LINES
                && !TITLE_OR_UNIT.matcher(lines.get(first - 1).text().replace(" ", "")).find()) {
            first--;
        }
        List<List<Chunk>> body = chunks.subList(bestStart, bestStart + bestLength);
        List<Column> columns = columns(body, height);
        List<List<RawCell>> rows = new ArrayList<>();
        for (int h = first; h < bestStart; h++) {
            rows.add(headerRow(chunks.get(h), columns));
        }
        for (List<Chunk> line : body) {
            rows.add(bodyRow(line, columns));
        }
        return Optional.of(new Found(first, bestStart + bestLength - 1, rows));
    }

    private static double medianHeight(List<OcrLine> lines) {
        int[] heights = lines.stream().flatMap(l -> l.words().stream()).mapToInt(OcrWord::height).sorted().toArray();
        return heights.length == 0 ? 1 : Math.max(1, heights[heights.length / 2]);
    }

    /** The line's words in groups split at wide gaps, ruling marks dropped, each group's text repaired. */
    private static List<Chunk> chunks(OcrLine line, double height) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int x0 = 0;
        int x1 = 0;
        for (OcrWord word : line.words()) {
            if (RULING.matcher(word.text()).matches()) {
                continue;
            }
            if (!text.isEmpty() && word.x0() - x1 > CELL_GAP * height) {
                add(out, text.toString(), x0, x1);
                text.setLength(0);
            }
            if (text.isEmpty()) {
                x0 = word.x0();
            }
            text.append(word.text());
            x1 = word.x1();
        }
        if (!text.isEmpty()) {
            add(out, text.toString(), x0, x1);
        }
        return out;
    }

    private static void add(List<Chunk> out, String raw, int x0, int x1) {
        String text = OcrTextCleanup.clean(EDGE_RULING.matcher(raw).replaceAll(""));
        if (POINTED_THOUSANDS.matcher(text).matches()) {
            int last = text.lastIndexOf('.');
            text = text.substring(0, last).replace('.', ',') + text.substring(last);
        }
        if (!text.isEmpty()) {
            out.add(new Chunk(text, x0, x1));
        }
    }

    private static boolean body(List<Chunk> line) {
        return line.size() >= 2 && (line.stream().anyMatch(c -> AMOUNT.matcher(c.text()).matches() && c.text().contains("."))
                || line.get(0).text().matches("\\d{3}"));
    }

    private static Role role(List<Chunk> line, int index) {
        String text = line.get(index).text();
        boolean leading = line.subList(0, index).stream().allMatch(c -> CODE.matcher(c.text()).matches());
        if (leading && CODE.matcher(text).matches()) {
            return Role.CODE;
        }
        return AMOUNT.matcher(text).matches() ? Role.AMOUNT : Role.NAME;
    }

    /** The body's columns, left to right: code parts, the name, the figures. */
    private static List<Column> columns(List<List<Chunk>> body, double height) {
        List<Column> columns = new ArrayList<>();
        Column name = null;
        double tolerance = COLUMN_TOLERANCE * height;
        for (List<Chunk> line : body) {
            for (int i = 0; i < line.size(); i++) {
                Chunk chunk = line.get(i);
                Role role = role(line, i);
                if (role == Role.NAME) {
                    if (name == null) {
                        name = new Column(Role.NAME);
                        columns.add(name);
                    }
                    name.members.add(chunk);
                    continue;
                }
                double at = role == Role.AMOUNT ? chunk.x1() : chunk.centre();
                Column column = columns.stream().filter(c -> c.role == role && Math.abs(c.key() - at) <= tolerance)
                        .min(Comparator.comparingDouble(c -> Math.abs(c.key() - at))).orElse(null);
                if (column == null) {
                    column = new Column(role);
                    columns.add(column);
                }
                column.members.add(chunk);
            }
        }
        columns.sort(Comparator.comparingDouble(c -> c.role == Role.NAME ? c.left() : c.key()));
        return columns;
    }

    private static List<RawCell> bodyRow(List<Chunk> line, List<Column> columns) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < line.size(); i++) {
            Chunk chunk = line.get(i);
            Role role = role(line, i);
            double at = role == Role.AMOUNT ? chunk.x1() : chunk.centre();
            int best = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).role == role && (best < 0
                        || Math.abs(columns.get(c).key() - at) < Math.abs(columns.get(best).key() - at))) {
                    best = c;
                }
            }
            put(cells, best, chunk.text());
        }
        return cells(cells);
    }

    private static List<RawCell> headerRow(List<Chunk> line, List<Column> columns) {
        String[] cells = new String[columns.size()];
        for (Chunk chunk : line) {
            if (DIGITS.matcher(chunk.text()).matches()) {
                continue; // a header holds words: a lone figure there is a ruling or a blot read as a digit
            }
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                double overlap = Math.min(chunk.x1(), column.right()) - Math.max(chunk.x0(), column.left());
                double score = overlap > 0 ? overlap : -Math.abs((column.left() + column.right()) / 2.0 - chunk.centre());
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            put(cells, best, chunk.text());
        }
        return cells(cells);
    }

    private static void put(String[] cells, int column, String text) {
        if (column >= 0) {
            cells[column] = cells[column] == null ? text : cells[column] + text;
        }
    }

    private static List<RawCell> cells(String[] cells) {
        List<RawCell> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(RawCell.of(cell == null ? "" : cell));
        }
        return row;
    }
}
