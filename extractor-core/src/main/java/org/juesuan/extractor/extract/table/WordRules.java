package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.words.WordLists;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ordered list of (words → key) rules; the first rule whose pattern is found in the words gives the key. The lists
 * are data: {@code table-words.tsv} beside this class (list, pattern, key), read once.
 */
final class WordRules {
    private static final String RESOURCE = "table-words.tsv";
    private static final List<WordLists.Row> ROWS = WordLists.rows(WordRules.class, RESOURCE, 3);

    private record Rule(Pattern words, String key) {
    }

    private final List<Rule> rules;

    private WordRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
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
