package org.juesuan.extractor.extract.classification;

import org.juesuan.extractor.words.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wordings that tell which figure of a 具体情况 entry is its 项's 决算 amount, as data: the table
 * {@code item-wordings.tsv} beside this class (kind, pattern, example), read once. A new wording is a line there.
 */
final class ItemWordings {
    private static final String RESOURCE = "item-wordings.tsv";
    private static final ItemWordings STANDARD = load();

    private final List<Pattern> amount;
    private final List<Pattern> afterChain;
    private final List<Pattern> unitless;

    private ItemWordings(List<Pattern> amount, List<Pattern> afterChain, List<Pattern> unitless) {
        this.amount = List.copyOf(amount);
        this.afterChain = List.copyOf(afterChain);
        this.unitless = List.copyOf(unitless);
    }

    static ItemWordings standard() {
        return STANDARD;
    }

    /** Whether the words between the previous figure and a money figure make it the amount. */
    boolean namesAmount(String before) {
        return amount.stream().anyMatch(p -> p.matcher(before).find());
    }

    /** Whether a money figure stands right after the classification: only quotes, a colon or spaces between. */
    boolean followsChain(String between) {
        return afterChain.stream().anyMatch(p -> p.matcher(between).matches());
    }

    /** Whether the words right before a number printed without a unit make it the amount. */
    boolean namesUnitlessAmount(String before) {
        return unitless.stream().anyMatch(p -> p.matcher(before).find());
    }

    private static ItemWordings load() {
        List<Pattern> amount = new ArrayList<>();
        List<Pattern> afterChain = new ArrayList<>();
        List<Pattern> unitless = new ArrayList<>();
        for (WordLists.Row row : WordLists.rows(ItemWordings.class, RESOURCE, 2)) {
            Pattern pattern = row.pattern(1);
            switch (row.get(0)) {
                case "amount" -> amount.add(pattern);
                case "amount.afterChain" -> afterChain.add(pattern);
                case "amount.unitless" -> unitless.add(pattern);
                default -> throw row.error("unknown kind " + row.get(0));
            }
        }
        return new ItemWordings(amount, afterChain, unitless);
    }
}
