package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.duckdb.DuckDBAppender;

import java.sql.SQLException;

/** Values of an output record's JSON as the cells of a DuckDB row: missing and null fields as SQL NULL. */
final class AppenderCells {
    private AppenderCells() {
    }

    /** A field as text: numbers exact and plain, missing or null as null. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    /** A field that is a number fitting an int, else null. */
    static Integer integer(JsonNode node) {
        return node != null && node.isNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    static void str(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    static void integer(DuckDBAppender appender, Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
    }

    static void lng(DuckDBAppender appender, JsonNode value) throws SQLException {
        if (value.isNumber() && value.canConvertToLong()) {
            appender.append(value.longValue());
        } else {
            appender.appendNull();
        }
    }
}
