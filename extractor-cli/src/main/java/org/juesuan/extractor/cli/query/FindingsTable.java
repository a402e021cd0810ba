package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.juesuan.extractor.cli.query.AppenderCells.integer;
import static org.juesuan.extractor.cli.query.AppenderCells.str;
import static org.juesuan.extractor.cli.query.AppenderCells.text;

/**
 * The {@code findings} table, made once every record is read since its columns depend on the findings: fixed
 * columns, then one column for every other field any finding has (JSON when it holds an object or array, else
 * VARCHAR; the validator may add e.g. {@code expected}), then {@code finding}, the whole finding as JSON.
 */
final class FindingsTable {
    /** Finding fields with a column of their own; any other field gets a VARCHAR column named in snake_case. */
    private static final List<String> FINDING_FIELDS = List.of("rule", "severity", "message", "messageEn");

    private record PendingFinding(String file, String sha256, String department, Integer fiscalYear, JsonNode finding,
                                  String output) {
    }

    private final List<PendingFinding> findings = new ArrayList<>();

    void add(String file, String sha256, String department, Integer fiscalYear, JsonNode finding, String output) {
        findings.add(new PendingFinding(file, sha256, department, fiscalYear, finding, output));
    }

    /** Creates the table in {@code connection} with the findings added so far. */
    void create(DuckDBConnection connection) throws SQLException {
        Set<String> extra = new LinkedHashSet<>();
        Set<String> json = new LinkedHashSet<>(); // fields holding an object or array somewhere: a JSON column
        for (PendingFinding f : findings) {
            for (Iterator<String> names = f.finding().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FINDING_FIELDS.contains(name)) {
                    extra.add(name);
                    if (f.finding().get(name).isContainerNode()) {
                        json.add(name);
                    }
                }
            }
        }
        Map<String, String> extraColumns = columnNames(extra);
        StringBuilder ddl = new StringBuilder("CREATE TABLE findings (file VARCHAR, sha256 VARCHAR, department VARCHAR, "
                + "fiscal_year INTEGER, rule VARCHAR, severity VARCHAR, message VARCHAR, message_en VARCHAR");
        for (Map.Entry<String, String> column : extraColumns.entrySet()) {
            ddl.append(", \"").append(column.getValue()).append(json.contains(column.getKey()) ? "\" JSON" : "\" VARCHAR");
        }
        ddl.append(", finding JSON, output VARCHAR)");
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl.toString());
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "findings")) {
            for (PendingFinding f : findings) {
                JsonNode finding = f.finding();
                appender.beginRow();
                str(appender, f.file());
                str(appender, f.sha256());
                str(appender, f.department());
                integer(appender, f.fiscalYear());
                for (String field : FINDING_FIELDS) {
                    str(appender, text(finding.path(field)));
                }
                for (String field : extraColumns.keySet()) {
                    JsonNode value = finding.path(field);
                    str(appender, !json.contains(field) ? text(value)
                            : value.isMissingNode() || value.isNull() ? null : value.toString());
                }
                str(appender, finding.toString());
                str(appender, f.output());
                appender.endRow();
            }
        }
        findings.clear();
    }

    /** Each extra field's column: its name in snake_case, with {@code _} added until it is not taken. */
    private static Map<String, String> columnNames(Set<String> extra) {
        Map<String, String> extraColumns = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>(List.of("file", "sha256", "department", "fiscal_year", "rule",
                "severity", "message", "message_en", "finding", "output"));
        for (String name : extra) {
            String column = QueryViews.snake(name);
            while (!taken.add(column)) {
                column = column + "_";
            }
            extraColumns.put(name, column);
        }
        return extraColumns;
    }
}
