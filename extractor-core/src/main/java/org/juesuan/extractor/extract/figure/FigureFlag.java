package org.juesuan.extractor.extract.figure;

/** Oddities of how a figure is printed; the value is still read, the flag tells the reader to look twice. */
public enum FigureFlag {
    /** 约72.36万元 — the report says "about". */
    APPROXIMATE,
    /** 5万余元 / 400余人 / 18万多 — "more than". */
    LOWER_BOUND,
    /** ≥95% / ≤… — a threshold, not a measured figure. */
    THRESHOLD,
    /** 16.19*% — a stray character between the number and its unit (a publication typo). */
    STRAY_CHARACTER,
    /** 增加/减少0万元, 下降（增长）27.78% — the template's alternatives left in; the sign is the first word's. */
    AMBIGUOUS_DIRECTION,
    /** 增长 13.95。 — a change rate printed without its % sign. */
    MISSING_PERCENT_SIGN,
    /** 支出决算为7.20。 — an amount printed without its unit, read in the unit of the amounts around it. */
    UNIT_FROM_CONTEXT
}
