package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.words.WordLists;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An ordered list of (words → key) rules; the first rule whose pattern is found in the words gives the key. The lists
 * are data: {@code table-words.tsv} beside this class (list, pattern, key), read once.
 */
final class WordRules {
    private static final String RESOURCE = "table-words.tsv";
    /** The lists of table-words.tsv: a line naming another list is a typo, refused at load. */
    static final Set<String> LISTS = Set.of("column", "summary.income", "summary.expenditure");
    private static final List<WordLists.Row> ROWS = checked(WordLists.rows(WordRules.class, RESOURCE, 3));

    private record Rule(Pattern words, String key) {
    }

    private final List<Rule> rules;

    private WordRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rows, each naming one of {@link #LISTS}; else the load fails with the row's file and line. */
    static List<WordLists.Row> checked(List<WordLists.Row> rows) {
        for (WordLists.Row row : rows) {
            if (!LISTS.contains(row.get(0))) {
                throw row.error("no list " + row.get(0) + " (the lists: " + new TreeSet<>(LISTS) + ")");
            }
        }
        return rows;
    }

    /** The rules of one list of table-words.tsv, in file order. */
    static WordRules standard(String list) {
        List<Rule> rules = ROWS.stream().filter(r -> r.get(0).equals(list))
                .map(r -> new Rule(r.pattern(1), r.get(2))).toList();
        if (rules.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no list " + list);
        }
        return new WordRules(rules);
    }

    Optional<String> keyOf(String words) {
        return rules.stream().filter(r -> r.words.matcher(words).find()).map(Rule::key).findFirst();
    }
}
