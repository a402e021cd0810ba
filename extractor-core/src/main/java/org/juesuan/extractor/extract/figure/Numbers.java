package org.juesuan.extractor.extract.figure;

import java.math.BigDecimal;

/** The printed-number syntax the figure patterns share, and its exact parsing. */
final class Numbers {
    /**
     * A decimal number as the normalizer leaves it: ASCII digits, optional thousands commas in groups of
     * three, optional fraction, optional minus. It must not continue a number, a code or a Latin word
     * ({@code 1.5}, {@code 2,3}, {@code SGM7302}); a minus right after a digit is a range dash, not a sign.
     */
    static final String NUMBER = "(?<![\\d.,A-Za-z])(?<num>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)";

    /** The same for whole numbers (counts). */
    static final String INTEGER = "(?<![\\d.,A-Za-z\\-])(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?![.,]\\d)";

    /** Spaces a PDF or a typist may leave between a number and its unit. */
    static final String GAP = "[ \\u00A0\\u3000]{0,2}";

    private Numbers() {
    }

    /**
     * Whether {@code text[from, to)} has an ASCII digit, without which none of the figure patterns can match: the
     * recognizers ask first, since most of a report's clauses they are run over have no figure.
     */
    static boolean anyDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static BigDecimal parse(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }
}
