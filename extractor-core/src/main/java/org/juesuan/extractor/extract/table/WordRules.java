package org.juesuan.extractor.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** An ordered list of (words → key) rules; the first rule whose pattern is found in the words gives the key. */
final class WordRules {
    private record Rule(Pattern words, String key) {
    }

    private final List<Rule> rules = new ArrayList<>();

    WordRules add(String words, String key) {
        rules.add(new Rule(Pattern.compile(words), key));
        return this;
    }

    Optional<String> keyOf(String words) {
        return rules.stream().filter(r -> r.words.matcher(words).find()).map(Rule::key).findFirst();
    }
}
