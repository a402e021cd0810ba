package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.MoneyUnit;
import org.juesuan.extractor.model.Fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The precision a figure was printed to, read from its {@code raw}: {@code 2155.89万元} is printed to 0.01 万元 = 100
 * yuan, so the true value lies within half of that (50 yuan) of the stated one; {@code 96.22%} within 0.005.
 */
public final class Precision {
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*)(?:\\.(\\d+))?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private Precision() {
    }

    /** Decimal places printed in the fact's raw number (0 when none can be read). */
    public static int decimals(Fact fact) {
        Matcher m = lastNumber(fact.raw());
        return m == null || m.group(2) == null ? 0 : m.group(2).length();
    }

    /** How many units of {@code value} one printed unit is: 10000 for 万元, 1 for 元 and percent. */
    public static BigDecimal multiplier(Fact fact) {
        if (!"yuan".equals(fact.unit())) {
            return BigDecimal.ONE;
        }
        String raw = fact.raw() == null ? "" : fact.raw();
        if (raw.contains("亿") || raw.contains("万")) {
            return MoneyUnit.in(raw).multiplier();
        }
        if (raw.contains("元")) {
            return BigDecimal.ONE;
        }
        Matcher m = lastNumber(raw);
        BigDecimal value = ReportFacts.number(fact);
        if (m != null && value != null) {
            BigDecimal printed = new BigDecimal(m.group(0).replace(",", ""));
            if (printed.signum() != 0) {
                return value.abs().divide(printed, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
            }
        }
        return TEN_THOUSAND; // a bare 0 in a money column: the reports print money in 万元
    }

    /**
     * How far the true value may lie from the printed one, in the fact's unit: half of the last printed digit for
     * money (rounded: 0.01万元 → 50 yuan); a whole last digit for percent (reports round or truncate percentages:
     * 130.31 ÷ 2286.2 = 5.6998% is printed 5.69%); 0 for counts (exact).
     */
    public static BigDecimal half(Fact fact) {
        if ("count".equals(fact.unit())) {
            return BigDecimal.ZERO;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals(fact)).multiply(multiplier(fact));
        return "percent".equals(fact.unit()) ? unit : unit.divide(BigDecimal.valueOf(2));
    }

    /** {@code yuan} formatted as the fact prints it: 万元 with its decimals, percent with its decimals. */
    public static String format(BigDecimal value, Fact like) {
        if (value == null) {
            return "?";
        }
        if ("percent".equals(like.unit())) {
            return value.setScale(Math.max(decimals(like), 2), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
        }
        if (!"yuan".equals(like.unit())) {
            return value.toPlainString();
        }
        BigDecimal multiplier = multiplier(like);
        String suffix = multiplier.compareTo(TEN_THOUSAND) == 0 ? "万元"
                : multiplier.compareTo(HUNDRED_MILLION) == 0 ? "亿元" : multiplier.compareTo(BigDecimal.ONE) == 0 ? "元" : "";
        if (suffix.isEmpty()) {
            return value.divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元";
        }
        return value.divide(multiplier).setScale(Math.max(decimals(like), 2), RoundingMode.HALF_UP).toPlainString() + suffix;
    }

    /** Money in 万元 to 0.01, for messages. */
    public static String wan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元";
    }

    private static Matcher lastNumber(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(raw);
        Matcher last = null;
        int from = 0;
        while (m.find(from)) {
            last = NUMBER.matcher(raw);
            last.find(m.start());
            from = m.end();
        }
        return last;
    }
}
