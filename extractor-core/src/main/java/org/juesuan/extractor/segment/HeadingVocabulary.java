package org.juesuan.extractor.segment;

import org.juesuan.extractor.words.WordLists;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table from a heading's words to its kind and expected parent, for every template family we know
 * (Sichuan: 概况, 情况说明, 名词解释, 附件, 附表; Shanghai: 概况, 决算表, 情况说明, 名词解释). The expected parent
 * is what puts a misnumbered heading ({@code 1、 收入支出决算总体情况说明} among {@code 四、…}) in its place, and
 * lets {@code 预算绩效管理情况} sit under 其他重要事项 (Sichuan) or directly under the 情况说明 (Shanghai):
 * the nearest open section of an allowed kind wins. Patterns match the whole compact heading (see
 * {@link HeadingWords}), so a sentence that merely mentions these words never matches. The table is data,
 * heading-words.tsv beside this class (kind, pattern, parents, flags, printed forms), read once; other provinces'
 * families (Chongqing, Yunnan, Shaanxi, Beijing) are lines of the same file; docs/sections.md maps them.
 */
final class HeadingVocabulary {
    private static final String RESOURCE = "heading-words.tsv";
    private static final List<HeadingRule> RULES = WordLists.rows(HeadingVocabulary.class, RESOURCE, 5).stream()
            .map(HeadingVocabulary::rule).toList();

    /** Every rule's printed headings, for garbled words ({@link #closest}). */
    private static final Map<String, HeadingRule> PRINTED = new LinkedHashMap<>();

    static {
        for (HeadingRule rule : RULES) {
            rule.printed().forEach(heading -> PRINTED.putIfAbsent(heading, rule));
        }
    }

    private HeadingVocabulary() {
    }

    private static HeadingRule rule(WordLists.Row row) {
        HeadingRule rule = HeadingRule.of(kind(row, row.get(0)), row.pattern(1), parents(row));
        for (String flag : row.get(3).split(",")) {
            rule = switch (flag) {
                case "-" -> rule;
                case "numbered" -> rule.numbered();
                case "closed" -> rule.closedList();
                default -> throw row.error("unknown flag " + flag + " (numbered, closed or -)");
            };
        }
        return row.get(4).equals("-") ? rule : rule.printedAs(row.get(4).split("\\|"));
    }

    private static Set<SectionKind> parents(WordLists.Row row) {
        if (row.get(2).equals("top")) {
            return Set.of();
        }
        return Arrays.stream(row.get(2).split(",")).map(name -> kind(row, name)).collect(Collectors.toUnmodifiableSet());
    }

    private static SectionKind kind(WordLists.Row row, String name) {
        try {
            return SectionKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw row.error(name + " is not a SectionKind");
        }
    }

    /** The rule for a heading's compact words; {@code numbered}: the line has a number or a heading style. */
    static Optional<HeadingRule> match(String compactWords, boolean numbered) {
        if (compactWords.isEmpty()) {
            return Optional.empty();
        }
        return RULES.stream()
                .filter(rule -> numbered || !rule.needsNumber())
                .filter(rule -> rule.matches(compactWords))
                .findFirst();
    }

    /** Every rule's printed headings (compact words) with their rule, in the vocabulary's order. */
    static Map<String, HeadingRule> printed() {
        return Collections.unmodifiableMap(PRINTED);
    }

    /**
     * The rule of the one known heading these garbled or truncated words stand for ({@code 名词解}: 名词解释), by
     * the headings' printed forms ({@link ClosestWords}); only for a line numbered or styled as a heading.
     */
    static Optional<HeadingRule> closest(String compactWords) {
        return ClosestWords.closest(compactWords, PRINTED);
    }
}
