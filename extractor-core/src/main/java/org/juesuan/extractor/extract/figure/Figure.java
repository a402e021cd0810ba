package org.juesuan.extractor.extract.figure;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One number read from text: its exact value in the contract's unit (yuan, percent as printed, count),
 * the characters it was read from ({@code raw} is {@code text.substring(start, end)}), what the words
 * around it say it is, and any oddities of how it was printed.
 */
public record Figure(FigureKind kind, BigDecimal value, String raw, int start, int end, FigureRole role,
                     Set<FigureFlag> flags) {

    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(role, "role");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        if (end - start != raw.length()) {
            throw new IllegalArgumentException("raw '" + raw + "' does not span " + start + ".." + end);
        }
    }

    public String unit() {
        return kind.unit();
    }

    public boolean has(FigureFlag flag) {
        return flags.contains(flag);
    }

    public Figure withRole(FigureRole newRole) {
        return new Figure(kind, value, raw, start, end, newRole, flags);
    }

    public Figure withValue(BigDecimal newValue) {
        return new Figure(kind, newValue, raw, start, end, role, flags);
    }

    public Figure withFlag(FigureFlag flag) {
        EnumSet<FigureFlag> more = flags.isEmpty() ? EnumSet.noneOf(FigureFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new Figure(kind, value, raw, start, end, role, more);
    }
}
