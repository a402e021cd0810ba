package org.juesuan.extractor.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds year-over-year comparisons and signs their figures. A comparison opens with its base — 与2020年…相比,
 * 比2020年, 较上年, 同比 (with the prior year's figure in parentheses when printed) — and runs to the end of
 * its clause (。；, a line break, or the next base). Inside it, a change word directly followed by a money
 * amount or a percentage makes a change or a change rate; 减少/下降/减/降低/节约… make it negative.
 * A figure not introduced by a change word ends the comparison: it belongs to something else.
 */
final class ChangeStatements {
    private static final String GAP = Numbers.GAP;
    private static final String REF = "(?:(?<year>\\d{4})" + GAP + "年度?|上一?年度?|上一度|去年|上年同期)";
    private static final String PREVIOUS = "(?:（(?<prev>[^（）\\n]{1,24})）)?";
    private static final Pattern WITH = Pattern.compile(
            "[与同]" + GAP + "(?<ref>" + REF + ")" + GAP + PREVIOUS + GAP + "(?<compare>相比|比较)?");
    private static final Pattern THAN = Pattern.compile(
            "(?<![与同相])[比较]" + GAP + "(?<ref>" + REF + ")" + GAP + PREVIOUS);
    private static final Pattern YOY = Pattern.compile("(?<ref>同比)");

    // longer words first: 增加 must not be read as 增 followed by 加
    private static final String UP = "增加|增长|上升|提高|增";
    private static final String DOWN = "减少|下降|降低|节约|节省|压缩|精简|减|降";
    /** A change word, the template's alternative when left in (增加/减少, 下降（增长）), an optional 了. */
    private static final Pattern VERB = Pattern.compile(
            "(?<verb>" + UP + "|" + DOWN + ")(?<alt>(?:/|（|\\()(?:增加|增长|上升|减少|下降|降低)[）)]?)?了?" + GAP);
    private static final Set<String> RATE_WORDS = Set.of("增长", "上升", "下降", "降低");
    private static final Pattern JOIN = Pattern.compile(GAP + "[和、及与]" + GAP);
    private static final Pattern FLAT = Pattern.compile("[^\\d。；;\\n]{0,30}?持平");
    private static final Pattern BARE_RATE = Pattern.compile(Numbers.NUMBER + "(?=[。，；,;\\s]|$)");
    private static final int MAX_WINDOW = 100;

    private ChangeStatements() {
    }

    /** Comparisons in {@code text[from, to)}; {@code figures} are the money and percent figures found there. */
    static List<ChangeStatement> find(String text, int from, int to, Map<Integer, Figure> figuresByStart) {
        List<Base> bases = bases(text, from, to);
        List<ChangeStatement> statements = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            Base base = bases.get(i);
            int limit = windowEnd(text, base.end, i + 1 < bases.size() ? bases.get(i + 1).start : to);
            ChangeStatement statement = read(text, base, limit, figuresByStart);
            if (statement != null) {
                statements.add(statement);
            }
        }
        return statements;
    }

    private record Base(int start, int end, String reference, Integer year, String previous, int previousStart,
                        boolean needsCompareOrFlat) {
    }

    private static List<Base> bases(String text, int from, int to) {
        List<Base> bases = new ArrayList<>();
        for (Pattern pattern : List.of(WITH, THAN, YOY)) {
            Matcher m = pattern.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                String year = pattern == YOY ? null : m.group("year");
                String prev = pattern == YOY ? null : m.group("prev");
                boolean needsCompare = pattern == WITH && m.group("compare") == null;
                bases.add(new Base(m.start(), m.end(), m.group("ref"), year == null ? null : Integer.valueOf(year),
                        prev, prev == null ? -1 : m.start("prev"), needsCompare));
            }
        }
        bases.sort(Comparator.comparingInt(Base::start));
        List<Base> disjoint = new ArrayList<>();
        for (Base base : bases) {
            if (disjoint.isEmpty() || base.start >= disjoint.get(disjoint.size() - 1).end) {
                disjoint.add(base);
            }
        }
        return disjoint;
    }

    private static int windowEnd(String text, int from, int nextBase) {
        return Clauses.comparisonEnd(text, from, Math.min(Math.min(nextBase, text.length()), from + MAX_WINDOW));
    }

    private static ChangeStatement read(String text, Base base, int limit, Map<Integer, Figure> figures) {
        Figure previous = null;
        if (base.previous != null) {
            Figure printed = figures.get(base.previousStart);
            if (printed != null && printed.kind() == FigureKind.MONEY && printed.raw().equals(base.previous.strip())) {
                previous = printed.withRole(FigureRole.PREVIOUS_VALUE);
            }
        }
        List<Figure> changes = new ArrayList<>();
        List<Figure> rates = new ArrayList<>();
        int end = base.end;
        if (!base.needsCompareOrFlat) {
            end = readChanges(text, base.end, limit, figures, changes, rates, end);
        }
        boolean flat = false;
        if (changes.isEmpty() && rates.isEmpty()) {
            Matcher m = FLAT.matcher(text).region(base.end, limit);
            if (!m.lookingAt()) {
                return null;
            }
            flat = true;
            end = m.end();
        }
        return new ChangeStatement(text.substring(base.start, end), base.start, end, base.reference, base.year,
                previous, changes, rates, flat);
    }

    /** Reads verb + figure(s) pairs from {@code from} to {@code limit}; returns the end of the last one read. */
    private static int readChanges(String text, int from, int limit, Map<Integer, Figure> figures,
                                   List<Figure> changes, List<Figure> rates, int end) {
        int position = from;
        while (position < limit) {
            Matcher verb = VERB.matcher(text).region(position, limit);
            verb.useTransparentBounds(true);
            if (!verb.find()) {
                break;
            }
            if (unattachedFigureBetween(figures, position, verb.start())) {
                break;
            }
            boolean negative = verb.group("verb").matches(DOWN);
            boolean ambiguous = verb.group("alt") != null;
            int at = verb.end();
            Figure figure = figures.get(at);
            if (figure == null && RATE_WORDS.contains(verb.group("verb"))) {
                figure = bareRate(text, at, limit);
            }
            if (figure == null || figure.end() > limit) {
                position = verb.end();
                continue;
            }
            FigureKind kind = figure.kind();
            while (figure != null) {
                Figure signed = sign(figure, negative, ambiguous);
                (kind == FigureKind.MONEY ? changes : rates).add(signed);
                end = figure.end();
                Matcher join = JOIN.matcher(text).region(end, limit);
                Figure next = join.lookingAt() ? figures.get(join.end()) : null;
                figure = next != null && next.kind() == kind && next.end() <= limit ? next : null;
            }
            position = end;
        }
        return end;
    }

    private static boolean unattachedFigureBetween(Map<Integer, Figure> figures, int from, int to) {
        for (int i = from; i < to; i++) {
            if (figures.containsKey(i)) {
                return true;
            }
        }
        return false;
    }

    private static Figure bareRate(String text, int at, int limit) {
        Matcher m = BARE_RATE.matcher(text).region(at, limit);
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        return new Figure(FigureKind.PERCENT, Numbers.parse(m.group("num")), m.group("num"), m.start("num"),
                m.end("num"), FigureRole.STATED, Set.of(FigureFlag.MISSING_PERCENT_SIGN));
    }

    private static Figure sign(Figure figure, boolean negative, boolean ambiguous) {
        Figure signed = figure.withRole(figure.kind() == FigureKind.MONEY ? FigureRole.CHANGE : FigureRole.CHANGE_RATE);
        if (negative) {
            signed = signed.withValue(figure.value().negate());
        }
        return ambiguous ? signed.withFlag(FigureFlag.AMBIGUOUS_DIRECTION) : signed;
    }
}
