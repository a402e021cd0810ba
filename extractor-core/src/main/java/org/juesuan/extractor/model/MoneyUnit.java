package org.juesuan.extractor.model;

import java.math.BigDecimal;

/**
 * The units money is printed in, and the one place a printed amount is scaled to yuan (the facts' unit):
 * 元, 万元 (×10⁴), 亿元 (×10⁸).
 */
public enum MoneyUnit {
    YUAN("元", 0),
    TEN_THOUSAND("万元", 4),
    HUNDRED_MILLION("亿元", 8);

    private final String printed;
    private final int shift;

    MoneyUnit(String printed, int shift) {
        this.printed = printed;
        this.shift = shift;
    }

    /** As printed after an amount: 元, 万元, 亿元. */
    public String printed() {
        return printed;
    }

    /** The power of ten one printed unit is in yuan. */
    public int shift() {
        return shift;
    }

    /** How many yuan one printed unit is. */
    public BigDecimal multiplier() {
        return BigDecimal.ONE.movePointRight(shift);
    }

    /** A printed amount in this unit, in yuan (exact). */
    public BigDecimal toYuan(BigDecimal printedAmount) {
        return printedAmount.movePointRight(shift);
    }

    /** The unit a raw figure or unit word names: 亿 before 万 (亿元), then 万, else 元. */
    public static MoneyUnit in(String raw) {
        if (raw.contains("亿")) {
            return HUNDRED_MILLION;
        }
        return raw.contains("万") ? TEN_THOUSAND : YUAN;
    }
}
