package org.juesuan.extractor.extract.classification;

import java.util.List;
import java.util.Objects;

/**
 * One code of the classification table with its current official name and the names it had before.
 * {@code verifiedInCorpus} is true when a report in corpora/ prints this code with this name; other rows
 * are from memory of the 财政部 table and not verified.
 */
public record ClassificationEntry(String code, String name, ClassificationLevel level, ClassificationSystem system,
                                  List<String> formerNames, boolean verifiedInCorpus, String note) {

    public ClassificationEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.length() != level.digits() || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("code " + code + " is not a " + level.label() + " code");
        }
        formerNames = List.copyOf(formerNames);
        note = note == null ? "" : note;
    }

    /** The code one level up, or null for a 类. */
    public String parentCode() {
        return level == ClassificationLevel.CLASS ? null : code.substring(0, code.length() - 2);
    }
}
