package org.juesuan.extractor.segment;

import java.util.Map;
import java.util.Optional;

/**
 * The known heading that garbled or truncated words stand for — {@code 出决算表} for 支出决算表, {@code 名词解} for
 * 名词解释, as PDF-to-HTML conversions leave them — when exactly one known heading is that close: at most one edit
 * (insertion, deletion or substitution of a character) per eight characters, and every other known heading of
 * another meaning strictly further away. Nothing is guessed between two equally close headings.
 */
final class ClosestWords {
    private static final int MIN_LENGTH = 3;
    private static final int CHARACTERS_PER_EDIT = 8;

    private ClosestWords() {
    }

    /** The value of the one entry of {@code known} (printed words → meaning) these words are closest to. */
    static <T> Optional<T> closest(String words, Map<String, T> known) {
        if (words.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, T> entry : known.entrySet()) {
            int d = distance(words, entry.getKey());
            if (d < bestDistance) {
                best = entry.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !entry.getValue().equals(best)) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance > Math.max(1, words.length() / CHARACTERS_PER_EDIT)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
