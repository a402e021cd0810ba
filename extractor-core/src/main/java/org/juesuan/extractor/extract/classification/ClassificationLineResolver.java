package org.juesuan.extractor.extract.classification;

import org.juesuan.extractor.model.MoneyUnit;
import org.juesuan.extractor.extract.figure.Figure;
import org.juesuan.extractor.extract.figure.FigureFlag;
import org.juesuan.extractor.extract.figure.FigureKind;
import org.juesuan.extractor.extract.figure.FigureRecognizer;
import org.juesuan.extractor.extract.figure.FigureRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a line of 一般公共预算财政拨款支出决算具体情况 into its 项 entries (see {@link PrintedEntryParser} for the
 * layouts): the code, the printed classification and the figures of each. A printed code is taken when the
 * table confirms it and the printed names do not contradict it; otherwise the names decide. Nothing is
 * guessed: an entry whose names the table does not know keeps them with a null code.
 */
public final class ClassificationLineResolver {
    /** The shorter of two names must be at least this long to count as agreeing by containment. */
    private static final int MIN_CONTAINED = 4;
    /** A number printed without a unit at the end of its clause (支出决算为7.20。). */
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "(?<![\\d.,A-Za-z%])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?=\\s*(?:[。；;，,]|$))");
    private static final ItemWordings WORDINGS = ItemWordings.standard();

    private final ClassificationTable table;
    private final FigureRecognizer figures;

    public ClassificationLineResolver() {
        this(ClassificationTable.standard(), new FigureRecognizer());
    }

    public ClassificationLineResolver(ClassificationTable table, FigureRecognizer figures) {
        this.table = table;
        this.figures = figures;
    }

    public List<ClassificationLine> resolve(String line) {
        return resolve(line, 0, line.length());
    }

    /**
     * The 项 entries of the lines in {@code text[from, to)}, in text order; a line contributes none when it does not
     * open with a classification. A line that ends inside its classification (a PDF wrapped it there) is read
     * together with the next line, and an entry whose amount is not on its line together with the lines that
     * follow it up to the next entry or list item (text without layout breaks 主要用于：… and 年初预算为… into
     * paragraphs of their own).
     */
    public List<ClassificationLine> resolve(String text, int from, int to) {
        List<ClassificationLine> lines = new ArrayList<>();
        int start = from;
        while (start < to) {
            int end = lineEnd(text, start, to);
            if (end < to && PrintedEntryParser.endsInsideClassification(text, start, end)) {
                end = lineEnd(text, end + 1, to);
            }
            List<ClassificationLine> entries = new ArrayList<>();
            resolveLine(text, start, end, entries);
            while (end < to && lacksAmount(entries) && !opensEntry(text, end + 1, lineEnd(text, end + 1, to))) {
                end = lineEnd(text, end + 1, to);
                entries.clear();
                resolveLine(text, start, end, entries);
            }
            lines.addAll(entries);
            start = end + 1;
        }
        return withUnitlessAmounts(text, from, to, lines);
    }

    /** Whether the last of a line's entries has no amount yet, so that the lines after it may carry it. */
    public static boolean lacksAmount(List<ClassificationLine> entries) {
        return !entries.isEmpty() && entries.get(entries.size() - 1).amount() == null;
    }

    /** Whether {@code text[from, to)} opens with a 类 (then 款, 项), whether or not its names can be read. */
    public static boolean opensClassChain(String text, int from, int to) {
        return PrintedEntryParser.opensClassChain(text, from, to);
    }

    /** Whether the line {@code text[from, to)} opens a 项 entry or a numbered list item (1、 / （1）). */
    public static boolean opensEntry(String text, int from, int to) {
        return PrintedEntryParser.opensListItem(text, from, to) || !PrintedEntryParser.parse(text, from, to).isEmpty();
    }

    private static int lineEnd(String text, int from, int to) {
        int newline = text.indexOf('\n', from);
        return newline < 0 || newline > to ? to : newline;
    }

    private void resolveLine(String text, int from, int to, List<ClassificationLine> lines) {
        for (PrintedEntry entry : PrintedEntryParser.parse(text, from, to)) {
            int start = skipSpaces(text, entry.start(), entry.end());
            int end = trimEnd(text, start, entry.end());
            Coded coded = code(entry.printed());
            List<Figure> found = figures.recognize(text, entry.bodyStart(), end).figures();
            lines.add(new ClassificationLine(coded.code, coded.resolution, entry.printed(),
                    amount(text, entry.bodyStart(), end, found), first(found, FigureKind.MONEY, FigureRole.BUDGET),
                    first(found, FigureKind.PERCENT, FigureRole.BUDGET_COMPLETION),
                    text.substring(start, end), start, end));
        }
    }

    private record Coded(String code, Resolution resolution) {
    }

    private Coded code(PrintedClassification printed) {
        Optional<Coded> byNames = byNames(printed);
        String printedCode = printed.code();
        if (printedCode == null) {
            return byNames.orElse(new Coded(null, Resolution.UNRESOLVED));
        }
        if (table.byCode(printedCode).isPresent()) {
            return agrees(printed, table.parentChain(printedCode))
                    ? new Coded(printedCode, Resolution.PRINTED_CODE)
                    : new Coded(printedCode, Resolution.PRINTED_CODE_NAME_MISMATCH);
        }
        return byNames.isPresent()
                ? new Coded(null, Resolution.CONFLICT)
                : new Coded(printedCode, Resolution.PRINTED_CODE_NOT_IN_TABLE);
    }

    private Optional<Coded> byNames(PrintedClassification printed) {
        Optional<ClassificationEntry> type = Optional.ofNullable(printed.className()).flatMap(table::findClass);
        if (type.isEmpty() || printed.itemName() == null) {
            return Optional.empty();
        }
        Optional<ClassificationEntry> section = Optional.ofNullable(printed.sectionName())
                .flatMap(name -> table.findSection(type.get().code(), name));
        if (section.isPresent()) {
            Optional<Coded> named = table.findItem(section.get().code(), printed.itemName())
                    .map(item -> new Coded(item.code(), Resolution.NAMES));
            return named.or(() -> ItemNameWords.match(printed.itemName(), table.children(section.get().code()))
                    .map(item -> new Coded(item.code(), Resolution.ITEM_WORDS)));
        }
        return table.findItemInClass(type.get().code(), printed.itemName())
                .map(item -> new Coded(item.code(), Resolution.ITEM_NAME_IN_CLASS));
    }

    /** The 款 the printed 类 and 款 names point to, if both are known. */
    public Optional<ClassificationEntry> section(PrintedClassification printed) {
        return Optional.ofNullable(printed.className()).flatMap(table::findClass)
                .flatMap(type -> Optional.ofNullable(printed.sectionName()).flatMap(name -> table.findSection(type.code(), name)));
    }

    /** Whether every printed name is the name (or a former name) of the code's entry at its level. */
    private static boolean agrees(PrintedClassification printed, List<ClassificationEntry> chain) {
        return agrees(printed.className(), chain.get(0))
                && agrees(printed.sectionName(), chain.get(1))
                && agrees(printed.itemName(), chain.get(2));
    }

    /**
     * A printed name agrees with an entry when they are equal after normalization, or when one contains the
     * other: reports shorten names (机关事业单位基本养老保险) and misplace characters around them (支行政单位离退休).
     */
    private static boolean agrees(String printedName, ClassificationEntry entry) {
        if (printedName == null) {
            return true;
        }
        String printed = ClassificationNames.key(printedName, entry.level());
        List<String> names = new ArrayList<>(entry.formerNames());
        names.add(entry.name());
        for (String name : names) {
            String key = ClassificationNames.key(name, entry.level());
            String shorter = key.length() < printed.length() ? key : printed;
            if (key.equals(printed)
                    || shorter.length() >= MIN_CONTAINED && (key.contains(printed) || printed.contains(key))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 决算 amount: the first money figure of the body that is not a budget and that the words before it name
     * the amount ({@link ItemWordings}: 支出决算为…, or printed right after the classification); else a number
     * printed without a unit after such words, marked {@link FigureFlag#UNIT_FROM_CONTEXT} and completed
     * later by {@link #withUnitlessAmounts}.
     */
    private static Figure amount(String text, int bodyStart, int end, List<Figure> found) {
        int clauseStart = bodyStart;
        for (Figure figure : found) {
            if (figure.kind() == FigureKind.MONEY && figure.role() == FigureRole.STATED) {
                String before = text.substring(clauseStart, figure.start());
                if ((clauseStart == bodyStart && WORDINGS.followsChain(before)) || WORDINGS.namesAmount(before)) {
                    return figure;
                }
            }
            clauseStart = figure.end();
        }
        Matcher bare = BARE_NUMBER.matcher(text).region(bodyStart, end);
        bare.useTransparentBounds(true);
        while (bare.find()) {
            int at = bare.start();
            boolean insideFigure = found.stream().anyMatch(f -> f.start() <= at && at < f.end());
            int wordsFrom = found.stream().filter(f -> f.end() <= at).mapToInt(Figure::end).max().orElse(bodyStart);
            if (!insideFigure && WORDINGS.namesUnitlessAmount(text.substring(wordsFrom, at))) {
                return new Figure(FigureKind.MONEY, new BigDecimal(bare.group().replace(",", "")), bare.group(), at,
                        bare.end(), FigureRole.STATED, Set.of(FigureFlag.UNIT_FROM_CONTEXT));
            }
        }
        return null;
    }

    /**
     * Unitless amounts read in the unit of the other money figures of their entry, else of the passage; where
     * there are none the amount is left out (the unit is never guessed).
     */
    private List<ClassificationLine> withUnitlessAmounts(String text, int from, int to, List<ClassificationLine> lines) {
        if (lines.stream().noneMatch(l -> l.amount() != null && l.amount().has(FigureFlag.UNIT_FROM_CONTEXT))) {
            return lines;
        }
        Integer passageShift = shift(figures.recognize(text, from, to).figures());
        List<ClassificationLine> out = new ArrayList<>();
        for (ClassificationLine line : lines) {
            Figure amount = line.amount();
            if (amount != null && amount.has(FigureFlag.UNIT_FROM_CONTEXT)) {
                Integer shift = shift(figures.recognize(text, line.start(), line.end()).figures());
                shift = shift != null ? shift : passageShift;
                amount = shift == null ? null : amount.withValue(amount.value().movePointRight(shift));
                line = new ClassificationLine(line.code(), line.resolution(), line.printed(), amount, line.budget(),
                        line.budgetCompletion(), line.raw(), line.start(), line.end());
            }
            out.add(line);
        }
        return out;
    }

    /** The decimal shift of the unit the first money figure is printed in (万元 4, 亿元 8, 元 0), or null. */
    private static Integer shift(List<Figure> found) {
        for (Figure figure : found) {
            if (figure.kind() == FigureKind.MONEY) {
                String raw = figure.raw();
                return MoneyUnit.in(raw).shift();
            }
        }
        return null;
    }

    private static Figure first(List<Figure> found, FigureKind kind, FigureRole role) {
        return found.stream().filter(f -> f.kind() == kind && f.role() == role).findFirst().orElse(null);
    }

    private static int skipSpaces(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || "；;".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
