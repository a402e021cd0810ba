package org.juesuan.extractor.extract.classification;

/** The three levels of a classification code: 类 (3 digits), 款 (5), 项 (7). */
public enum ClassificationLevel {
    CLASS("类", 3),
    SECTION("款", 5),
    ITEM("项", 7);

    private final String label;
    private final int digits;

    ClassificationLevel(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    public String label() {
        return label;
    }

    public int digits() {
        return digits;
    }

    public static ClassificationLevel ofLabel(String label) {
        for (ClassificationLevel level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("not a classification level: " + label);
    }
}
