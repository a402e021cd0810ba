package org.juesuan.extractor.extract.figure;

import java.util.List;
import java.util.Objects;

/**
 * A year-over-year comparison: {@code 与2020年（2286.2万元）相比，减少130.31万元，减少5.69%}.
 * {@code reference} is the base as printed (2020年, 2023 年度, 上年, 同比); {@code previousYear} its year when
 * printed as one. Changes (money) and change rates (percent) carry the sign of their words; there is more than
 * one of each when the report compares two totals at once (各减少了60.93万元和60.75万元，分别下降7.17%和7.15%).
 * {@code flat} is 持平 / 基本持平 with no figures. {@code raw} is {@code text.substring(start, end)}.
 */
public record ChangeStatement(String raw, int start, int end, String reference, Integer previousYear,
                              Figure previousValue, List<Figure> changes, List<Figure> changeRates, boolean flat) {

    public ChangeStatement {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(reference, "reference");
        changes = List.copyOf(changes);
        changeRates = List.copyOf(changeRates);
    }

    /** The first (usually only) money change, or null. */
    public Figure change() {
        return changes.isEmpty() ? null : changes.get(0);
    }

    /** The first (usually only) change rate, or null. */
    public Figure changeRate() {
        return changeRates.isEmpty() ? null : changeRates.get(0);
    }
}
