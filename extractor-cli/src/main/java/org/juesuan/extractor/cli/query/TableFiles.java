package org.juesuan.extractor.cli.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.juesuan.extractor.cli.query.QueryViews.literal;

/** Writes the loaded tables out of the in-memory database: into a DuckDB file, or as Parquet files. */
final class TableFiles {
    private TableFiles() {
    }

    /** Writes {@code tables} into a DuckDB database file, replacing the file if it exists. */
    static void save(Connection connection, List<String> tables, Path file) throws QueryException, SQLException {
        Path target = file.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.deleteIfExists(target);
            Files.deleteIfExists(Path.of(target + ".wal"));
        } catch (IOException e) {
            throw new QueryException("cannot write " + file + ": " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ATTACH " + literal(target.toString()) + " AS saved");
            try {
                for (String table : tables) {
                    statement.execute("CREATE TABLE saved." + table + " AS SELECT * FROM main." + table);
                }
            } finally {
                statement.execute("DETACH saved");
            }
        }
    }

    /** Exports each of {@code tables} as {@code DIR/<table>.parquet}. */
    static List<Path> exportParquet(Connection connection, List<String> tables, Path dir)
            throws QueryException, SQLException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new QueryException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                Path target = dir.resolve(table + ".parquet").toAbsolutePath();
                statement.execute("COPY " + table + " TO " + literal(target.toString())
                        + " (FORMAT parquet, COMPRESSION zstd)");
                written.add(target);
            }
        }
        return written;
    }
}
