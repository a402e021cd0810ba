package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.words.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure of the "三公"经费 table by the words over its column and beside its row: which of the contract's
 * {@code threePublic.*} concepts it is, and whether it is the 预算数 ({@code .budget}) or the 决算数. Shanghai prints
 * the concepts as columns (合计 / 因公出国（境）费 / 公务用车购置及运行费 小计, 购置费, 运行费 / 公务接待费) over
 * 预算数 and 决算数; other templates print them as rows. The words are data: three-public-words.tsv beside this class.
 */
final class ThreePublicConcepts {
    private static final String RESOURCE = "three-public-words.tsv";

    /** A concept line ({@code part}: tried on the words without the vehicle group's name). */
    private record Rule(Pattern words, String key, boolean part) {
    }

    private static final List<Rule> RULES = new ArrayList<>();
    private static final List<Pattern> GROUP = new ArrayList<>();
    private static final List<Pattern> BUDGET = new ArrayList<>();

    static {
        for (WordLists.Row row : WordLists.rows(ThreePublicConcepts.class, RESOURCE, 3)) {
            Pattern words = row.pattern(1);
            switch (row.get(0)) {
                case "group" -> GROUP.add(words);
                case "concept" -> RULES.add(new Rule(words, row.get(2), false));
                case "part" -> RULES.add(new Rule(words, row.get(2), true));
                case "budget" -> BUDGET.add(words);
                default -> throw row.error("unknown list " + row.get(0));
            }
        }
    }

    private ThreePublicConcepts() {
    }

    /** The key suffix after {@code table.threePublic.}, e.g. {@code vehiclePurchase.budget}. */
    static Optional<String> keyOf(String words) {
        String rest = words;
        for (Pattern group : GROUP) {
            rest = group.matcher(rest).replaceAll("");
        }
        for (Rule rule : RULES) {
            if (rule.words().matcher(rule.part() ? rest : words).find()) {
                boolean budget = BUDGET.stream().anyMatch(p -> p.matcher(words).find());
                return Optional.of(budget ? rule.key() + ".budget" : rule.key());
            }
        }
        return Optional.empty();
    }
}
