package org.juesuan.extractor.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What makes two facts the same for scoring (docs/facts.md, "Scoring"): key, code and value — money to
 * the fen, other numbers exactly, strings without white space.
 */
public record FactIdentity(String key, String code, String value) {
    public static FactIdentity of(String key, String code, Object value, String unit) {
        return new FactIdentity(key, code == null || code.isBlank() ? null : code, normalize(value, unit));
    }

    private static String normalize(Object value, String unit) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || (value instanceof String s && s.matches("-?\\d+(\\.\\d+)?"))) {
            BigDecimal number = new BigDecimal(value.toString());
            if ("yuan".equals(unit)) {
                number = number.setScale(2, RoundingMode.HALF_UP);
            }
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString().replaceAll("\\s+", "");
    }

    @Override
    public String toString() {
        return key + (code == null ? "" : "[" + code + "]") + "=" + value;
    }
}
