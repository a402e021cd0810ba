package org.juesuan.extractor.extract.figure;

/** What a figure measures, with the unit name the facts contract uses for it. */
public enum FigureKind {
    MONEY("yuan"),
    PERCENT("percent"),
    COUNT("count");

    private final String unit;

    FigureKind(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
