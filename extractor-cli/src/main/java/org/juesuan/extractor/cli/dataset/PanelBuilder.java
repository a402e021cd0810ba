package org.juesuan.extractor.cli.dataset;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.juesuan.extractor.extract.classification.ClassificationEntry;
import org.juesuan.extractor.extract.classification.ClassificationTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes the panel's resources as tables of schema {@value #SCHEMA} in a DuckDB database that already holds
 * {@code query}'s tables of the outputs ({@code reports}, {@code facts}, {@code findings}): first the working
 * tables the resources' queries read ({@code department_names}, {@code classification}, {@code report_rows},
 * {@code first_facts}), then each resource, typed as its schema says.
 */
public final class PanelBuilder {
    public static final String SCHEMA = "panel";

    private PanelBuilder() {
    }

    /** Builds every resource of {@link PanelResources#all()}; returns the row count of each. */
    public static Map<String, Long> build(DuckDBConnection connection, DepartmentRegistry departments)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE department_names (department VARCHAR, department_id VARCHAR, "
                    + "department_name VARCHAR, region VARCHAR)");
            statement.execute("CREATE TABLE classification (code VARCHAR, name VARCHAR)");
        }
        addDepartments(connection, departments);
        addClassification(connection);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE report_rows AS
                    SELECT coalesce(r.sha256, md5(r.output)) AS report_id, r.*, d.department_id, d.department_name, d.region
                    FROM reports r LEFT JOIN department_names d ON d.department = r.department
                    QUALIFY row_number() OVER (PARTITION BY coalesce(r.sha256, md5(r.output)) ORDER BY r.output) = 1""");
            statement.execute("""
                    CREATE TABLE first_facts AS
                    SELECT p.report_id, f.* FROM facts f JOIN report_rows p ON p.output = f.output
                    QUALIFY row_number() OVER (PARTITION BY p.report_id, f.key, f.code, f.source
                                               ORDER BY f.start NULLS LAST, f.page NULLS LAST) = 1""");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            for (PanelResource resource : PanelResources.all()) {
                String table = SCHEMA + "." + resource.name();
                statement.execute("CREATE TABLE " + table + " (" + resource.fields().stream()
                        .map(f -> "\"" + f.name() + "\" " + f.sqlType()).collect(Collectors.joining(", ")) + ")");
                try {
                    statement.execute("INSERT INTO " + table + " " + resource.select());
                } catch (SQLException e) {
                    throw new SQLException("building " + resource.name() + ": " + e.getMessage(), e);
                }
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(resource.name(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void addDepartments(DuckDBConnection connection, DepartmentRegistry departments)
            throws SQLException {
        List<String> printed = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT DISTINCT department FROM reports WHERE department IS NOT NULL ORDER BY 1")) {
            while (rs.next()) {
                printed.add(rs.getString(1));
            }
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "department_names")) {
            for (Map.Entry<String, DepartmentRegistry.Department> entry : departments.resolve(printed).entrySet()) {
                String name = entry.getKey();
                DepartmentRegistry.Department department = entry.getValue();
                appender.beginRow();
                appender.append(name);
                appender.append(department.id());
                appender.append(department.name());
                if (department.region() == null) {
                    appender.appendNull();
                } else {
                    appender.append(department.region());
                }
                appender.endRow();
            }
        }
    }

    private static void addClassification(DuckDBConnection connection) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "classification")) {
            for (ClassificationEntry entry : ClassificationTable.standard().entries()) {
                appender.beginRow();
                appender.append(entry.code());
                appender.append(entry.name());
                appender.endRow();
            }
        }
    }
}
