package org.juesuan.extractor.extract.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line of 一般公共预算财政拨款支出决算具体情况 into its 项 entries and reads the classification each
 * entry opens with. The layouts the reports use:
 * <pre>
 * 1.一般公共服务（类）201（款）02（项）01行政运行：2021年决算数为…；一般公共服务（类）201（款）02（项）02…
 * 1.一般公共服务（201）政府办公厅（室）及相关机构事务（03）: 行政运行（01）支出决算为…；一般行政管理事务（02）支出决算为…
 * 1.一般公共服务（类）人大事务（款）行政运行（项）:支出决算为…
 * 1．一般公共服务（类）支出-政府办公厅（室）及相关机构（款）-行政运行（项）: 支出决算为…
 * 1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：…全年预算为 52.00 万元，支出决算为…
 * 1、一般公共服务支出（类）人大事务（款）行政运行（项）52.60 万元。主要用于：…
 * 2、“教育支出（类）普通教育（款）小学教育（项）”12.08 万元，主要用于：…
 * </pre>
 * Entries are separated by ；. An entry that prints only its 项 (the second layout) belongs to the 类 and 款 of the
 * entry before it; a clause that prints no classification continues the entry before it. A line break inside a
 * printed name (a PDF line wrapped in the middle of the classification) is dropped from the name.
 */
final class PrintedEntryParser {
    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*(?:\\d{1,2}\\s*[.．、]|[（(]\\d{1,2}[）)])\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:\\d{1,2}\\s*[.．、](?!\\d)|[（(]\\d{1,2}[）)])");
    private static final Pattern CLASS_CHAIN = Pattern.compile(
            "\\s*(?:\\d{1,2}\\s*[.．、]|[（(]\\d{1,2}[）)])?\\s*[“\"]?[^，,。；;：:\\d]{2,20}[（(](?:类|\\d{3})[）)]");
    private static final Pattern MARKER = Pattern.compile("[（(](类|款|项|\\d{2,3})[）)]");
    /** In the first layout the 项 code and name follow the （项） marker: 01行政运行： */
    private static final Pattern CODE_THEN_NAME = Pattern.compile("\\s*(\\d{2})\\s*([^:：；;。，,]+?)\\s*[:：]");
    private static final Pattern CLAUSE_END = Pattern.compile("[；;]");
    /** Around a name: spaces, dashes, colons, list punctuation and quotes (“教育支出（类）…小学教育（项）”12.08 万元). */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\-—－:：、.．“”\"「」『』‘’]+|[\\s\\-—－:：、.．“”\"「」『』‘’]+$");
    private static final int MAX_NAME = 40;
    /** What {@link #head} returns for a clause that opens a classification and ends before its 项. */
    private static final PrintedEntry INCOMPLETE = new PrintedEntry(null, -1, -1, -1);

    private PrintedEntryParser() {
    }

    /**
     * Whether the line {@code text[from, to)} opens a classification that it does not finish — it ends after a
     * 类 or 款 marker, inside the names — so that the entry continues on the next line.
     */
    static boolean endsInsideClassification(String text, int from, int to) {
        Matcher number = LIST_NUMBER.matcher(text).region(from, to);
        int position = number.lookingAt() ? number.end() : from;
        Matcher end = CLAUSE_END.matcher(text).region(position, to);
        while (end.find()) {
            position = end.end();
        }
        return head(text, position, to) == INCOMPLETE;
    }

    /** Whether {@code text[from, to)} opens with a list number (1、 / 1. / （1）), not a figure (1.50万元). */
    static boolean opensListItem(String text, int from, int to) {
        return LIST_ITEM.matcher(text).region(from, to).lookingAt();
    }

    /**
     * Whether {@code text[from, to)} opens with a classification chain (一般公共服务支出（类）…), read or not: text
     * that lost its layout can scramble the names after it (-layout's side columns cut into the 项 name).
     */
    static boolean opensClassChain(String text, int from, int to) {
        return CLASS_CHAIN.matcher(text).region(from, to).lookingAt();
    }

    static List<PrintedEntry> parse(String text, int from, int to) {
        Matcher number = LIST_NUMBER.matcher(text).region(from, to);
        int position = number.lookingAt() ? number.end() : from;
        List<PrintedEntry> entries = new ArrayList<>();
        PrintedClassification context = null;
        while (position < to) {
            Matcher end = CLAUSE_END.matcher(text).region(position, to);
            int clauseEnd = end.find() ? end.end() : to;
            // …完成年初预算的98.27%;6、住房保障支出（类）…: the next numbered entry on the same line
            Matcher clauseNumber = LIST_NUMBER.matcher(text).region(position, clauseEnd);
            PrintedEntry entry = head(text, clauseNumber.lookingAt() ? clauseNumber.end() : position, clauseEnd);
            if (entry != null && entry != INCOMPLETE) {
                PrintedClassification printed = entry.printed().inheriting(context);
                entries.add(new PrintedEntry(printed, entry.start(), entry.bodyStart(), entry.end()));
                context = printed;
            } else if (!entries.isEmpty()) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1).extendedTo(clauseEnd));
            }
            position = clauseEnd;
        }
        return entries;
    }

    /**
     * The entry opening the clause {@code [from, to)}; null when the clause does not open with a classification,
     * {@link #INCOMPLETE} when it opens one but ends before the 项.
     */
    private static PrintedEntry head(String text, int from, int to) {
        String className = null;
        String classCode = null;
        String sectionName = null;
        String sectionCode = null;
        int nameStart = from;
        Matcher marker = MARKER.matcher(text).region(from, to);
        while (marker.find()) {
            String name = clean(text.substring(nameStart, marker.start()));
            if (name.length() > MAX_NAME || name.matches(".*[，,。；;].*")) {
                return null;
            }
            String label = marker.group(1);
            nameStart = marker.end();
            switch (label) {
                case "类" -> {
                    className = name;
                    // 一般公共服务（类）支出-…: the class name's 支出 printed after its marker
                    if (text.startsWith("支出", nameStart)) {
                        className += "支出";
                        nameStart += 2;
                    }
                }
                case "款" -> {
                    if (className != null && name.matches("\\d{3}")) {
                        classCode = name;
                    } else {
                        sectionName = name;
                    }
                }
                case "项" -> {
                    if (classCode != null && name.matches("\\d{2}")) {
                        Matcher item = CODE_THEN_NAME.matcher(text).region(marker.end(), to);
                        if (!item.lookingAt()) {
                            return null;
                        }
                        return entry(from, item.end(2), to,
                                new PrintedClassification(className, classCode, null, name, clean(item.group(2)), item.group(1)));
                    }
                    return entry(from, marker.end(), to,
                            new PrintedClassification(className, classCode, sectionName, sectionCode, name, null));
                }
                default -> {
                    if (label.length() == 3) {
                        className = name;
                        classCode = label;
                    } else if (className != null && sectionName == null) {
                        sectionName = name;
                        sectionCode = label;
                    } else {
                        return entry(from, marker.end(), to,
                                new PrintedClassification(className, classCode, sectionName, sectionCode, name, label));
                    }
                }
            }
        }
        String tail = clean(text.substring(nameStart, to));
        boolean opened = className != null || sectionName != null;
        return opened && tail.length() <= MAX_NAME && !tail.matches(".*[，,。；;:：].*") ? INCOMPLETE : null;
    }

    private static PrintedEntry entry(int start, int bodyStart, int end, PrintedClassification printed) {
        return new PrintedEntry(printed, start, bodyStart, end);
    }

    private static String clean(String name) {
        return EDGES.matcher(name.replace("\n", "")).replaceAll("");
    }
}
