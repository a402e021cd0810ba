package org.juesuan.extractor.segment;

import java.util.Map;
import java.util.Optional;

/**
 * The known heading that truncated words stand for — {@code 出决算表} for 支出决算表, {@code 名词解} for 名词解释,
 * as PDF-to-HTML conversions leave them, characters dropped — when exactly one known heading is that close: the
 * words are the heading with at most one character per eight missing (never a character changed: 收入支出预算…
 * is a budget's heading, not a garbled 收入支出决算…), and every known heading of another meaning misses more.
 * Nothing is guessed between two equally close headings.
 */
final class ClosestWords {
    private static final int MIN_LENGTH = 3;
    private static final int CHARACTERS_PER_MISSING = 8;

    private ClosestWords() {
    }

    /** The value of the one entry of {@code known} (printed words → meaning) these words are closest to. */
    static <T> Optional<T> closest(String words, Map<String, T> known) {
        if (words.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        T best = null;
        int bestMissing = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, T> entry : known.entrySet()) {
            int missing = missing(words, entry.getKey());
            if (missing < bestMissing) {
                best = entry.getValue();
                bestMissing = missing;
                tie = false;
            } else if (missing == bestMissing && missing != Integer.MAX_VALUE && !entry.getValue().equals(best)) {
                tie = true;
            }
        }
        if (best == null || tie || bestMissing > Math.max(1, words.length() / CHARACTERS_PER_MISSING)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * How many characters of {@code heading} the words lack, when they are the heading with characters dropped
     * (in order, none added or changed); {@link Integer#MAX_VALUE} when they are not.
     */
    static int missing(String words, String heading) {
        int j = 0;
        for (int i = 0; i < heading.length() && j < words.length(); i++) {
            if (heading.charAt(i) == words.charAt(j)) {
                j++;
            }
        }
        return j == words.length() ? heading.length() - words.length() : Integer.MAX_VALUE;
    }
}
