package org.juesuan.extractor.cli.dataset;

import java.util.List;

/**
 * One column of a panel resource: its Table Schema {@code type} ({@code string}, {@code integer}, {@code number},
 * {@code boolean}, {@code year}), description, whether a value is required, the values it may take, and for money
 * the Fiscal Data Package's currency and factor.
 */
public record PanelField(String name, String type, String description, boolean required, List<String> enumValues,
                         boolean money) {
    public PanelField {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    static PanelField string(String name, String description) {
        return new PanelField(name, "string", description, false, null, false);
    }

    static PanelField integer(String name, String description) {
        return new PanelField(name, "integer", description, false, null, false);
    }

    static PanelField number(String name, String description) {
        return new PanelField(name, "number", description, false, null, false);
    }

    /** An amount of money in yuan, exact to the fen. */
    static PanelField money(String name, String description) {
        return new PanelField(name, "number", description, false, null, true);
    }

    PanelField asRequired() {
        return new PanelField(name, type, description, true, enumValues, money);
    }

    PanelField oneOf(String... values) {
        return new PanelField(name, type, description, required, List.of(values), money);
    }

    /** The DuckDB column type that holds this field's values exactly. */
    String sqlType() {
        return switch (type) {
            case "string" -> "VARCHAR";
            case "integer" -> "BIGINT";
            case "year" -> "INTEGER";
            case "number" -> "DECIMAL(20,2)";
            case "boolean" -> "BOOLEAN";
            default -> throw new IllegalStateException("no SQL type for " + type);
        };
    }
}
