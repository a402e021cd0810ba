package org.juesuan.extractor.extract.table;

import java.util.Optional;

/**
 * From a value column's header words (the headers above it joined, e.g. 本年支出基本支出) to the column's key in
 * the facts contract's words. The first rule that matches wins, so the specific come before the general:
 * 本年支出 / 基本支出 is {@code basic}, not {@code expenditure}. The rules are the list {@code column} of
 * table-words.tsv.
 */
final class ColumnVocabulary {
    private static final WordRules RULES = WordRules.standard("column");

    private ColumnVocabulary() {
    }

    static Optional<String> keyOf(String headerWords) {
        return RULES.keyOf(headerWords);
    }
}
