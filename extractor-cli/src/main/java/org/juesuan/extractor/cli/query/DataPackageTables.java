package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads a Tabular Data Package ({@code datapackage.json}, as {@code dataset} writes it) into DuckDB: one table per
 * resource, named as the resource, from its Parquet file ({@code parquetPath}) where there is one, else from its
 * CSV with the column types its Table Schema gives.
 */
final class DataPackageTables {
    static final String DESCRIPTOR = "datapackage.json";

    private DataPackageTables() {
    }

    static boolean isPackage(Path dir) {
        return Files.isRegularFile(dir.resolve(DESCRIPTOR));
    }

    /** Creates the tables; returns their names in the descriptor's order. */
    static List<String> load(Path dir, Connection connection) throws QueryException, SQLException {
        JsonNode descriptor;
        try {
            descriptor = ReportJson.readTree(dir.resolve(DESCRIPTOR));
        } catch (IOException e) {
            throw new QueryException(DESCRIPTOR + " in " + dir + " cannot be read: " + e.getMessage(), e);
        }
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (JsonNode resource : descriptor.path("resources")) {
                String name = resource.path("name").asText();
                String parquet = resource.path("parquetPath").asText("");
                String csv = resource.path("path").asText("");
                String source;
                if (!parquet.isEmpty() && Files.isRegularFile(dir.resolve(parquet))) {
                    source = "read_parquet(" + QueryViews.literal(dir.resolve(parquet).toAbsolutePath().toString()) + ")";
                } else if (!csv.isEmpty() && Files.isRegularFile(dir.resolve(csv))) {
                    source = "read_csv(" + QueryViews.literal(dir.resolve(csv).toAbsolutePath().toString())
                            + ", header = true, columns = {" + columns(resource.path("schema").path("fields")) + "})";
                } else {
                    throw new QueryException("resource " + name + " of " + dir.resolve(DESCRIPTOR) + " has no data file");
                }
                statement.execute("CREATE TABLE \"" + name.replace("\"", "\"\"") + "\" AS SELECT * FROM " + source);
                tables.add(name);
            }
        }
        if (tables.isEmpty()) {
            throw new QueryException(dir.resolve(DESCRIPTOR) + " lists no resources");
        }
        return tables;
    }

    private static String columns(JsonNode fields) {
        List<String> columns = new ArrayList<>();
        for (JsonNode field : fields) {
            String type = switch (field.path("type").asText("string")) {
                case "integer" -> "BIGINT";
                case "year" -> "INTEGER";
                case "number" -> "DECIMAL(20,2)";
                case "boolean" -> "BOOLEAN";
                default -> "VARCHAR";
            };
            columns.add(QueryViews.literal(field.path("name").asText()) + ": " + QueryViews.literal(type));
        }
        return columns.stream().collect(Collectors.joining(", "));
    }
}
