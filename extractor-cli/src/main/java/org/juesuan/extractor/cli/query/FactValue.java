package org.juesuan.extractor.cli.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fact's value as the {@code facts} table holds it: {@code value} DECIMAL(20,2) for a number that fits, and
 * {@code value_text} for a string, for a number too large, or for one with more than two decimals (its exact form
 * beside the rounded {@code value}).
 */
record FactValue(BigDecimal decimal, String text) {
    private static final BigDecimal MAX_VALUE = new BigDecimal("1e18");

    /** From a fact row: its exact number, or its text when the value is no number. */
    static FactValue of(BigDecimal exact, String text) {
        if (exact == null) {
            return new FactValue(null, text);
        }
        if (exact.abs().compareTo(MAX_VALUE) >= 0) {
            return new FactValue(null, exact.toPlainString());
        }
        if (exact.stripTrailingZeros().scale() > 2) {
            return new FactValue(exact.setScale(2, RoundingMode.HALF_UP), exact.toPlainString());
        }
        return new FactValue(exact.setScale(2, RoundingMode.UNNECESSARY), null);
    }
}
