package org.juesuan.extractor.extract.classification;

/** How the code of a {@link ClassificationLine} was decided. */
public enum Resolution {
    /** The report prints the code, the table has it, and the printed names agree with it. */
    PRINTED_CODE,
    /** The report prints a code the table does not have, and the printed names point nowhere else; kept as printed. */
    PRINTED_CODE_NOT_IN_TABLE,
    /** From the printed names: 类, then its 款, then its 项. */
    NAMES,
    /** The printed 款 is not a 款 of the printed 类, but the printed 项 name is unique in the 类. */
    ITEM_NAME_IN_CLASS,
    /**
     * The report prints a code the table has, but the names printed with it are another entry's (seed 000:
     * 210（款）99（项）99 beside 行政单位医疗). The code is kept as printed; the mismatch is for the validator.
     */
    PRINTED_CODE_NAME_MISMATCH,
    /** The printed code is not in the table and the printed names point to another entry; no code. */
    CONFLICT,
    /**
     * The printed 项 name is no name of the classification, but its words (HanLP segmentation) match one 项 of the
     * printed 款 and no other as well ({@link ItemNameWords}).
     */
    ITEM_WORDS,
    /** The names are not in the table (or not printed); no code. */
    UNRESOLVED
}
