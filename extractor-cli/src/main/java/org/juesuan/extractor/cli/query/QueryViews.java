package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory DuckDB database holding the output of {@code extract} as four tables: {@code reports},
 * {@code facts}, {@code findings} and {@code sections} (see {@link #TABLES}). Records are parsed with Jackson and
 * appended row by row, so report and error records mix freely and an error record still gets its row in
 * {@code reports}.
 */
public final class QueryViews implements AutoCloseable {
    /** The tables, in the order they are saved and exported. */
    public static final List<String> TABLES = List.of("reports", "facts", "findings", "sections");

    private static final String REPORTS = """
            CREATE TABLE reports (file VARCHAR, path VARCHAR, sha256 VARCHAR, bytes BIGINT, format VARCHAR,
              pages INTEGER, department VARCHAR, fiscal_year INTEGER, kind VARCHAR, scope VARCHAR, template BOOLEAN,
              status VARCHAR, error_type VARCHAR, error_message VARCHAR, facts INTEGER, findings INTEGER,
              sections INTEGER, schema_version VARCHAR, output VARCHAR)""";
    private static final String FACTS = """
            CREATE TABLE facts (file VARCHAR, sha256 VARCHAR, department VARCHAR, fiscal_year INTEGER, key VARCHAR,
              code VARCHAR, label VARCHAR, value DECIMAL(20,2), value_text VARCHAR, unit VARCHAR, raw VARCHAR,
              source VARCHAR, section VARCHAR, page INTEGER, start INTEGER, "end" INTEGER, quote VARCHAR,
              output VARCHAR)""";
    private static final String SECTIONS = """
            CREATE TABLE sections (file VARCHAR, sha256 VARCHAR, id VARCHAR, kind VARCHAR, title VARCHAR,
              level INTEGER, start INTEGER, "end" INTEGER, parent_id VARCHAR, table_kind VARCHAR, output VARCHAR)""";
    /** Finding fields with a column of their own; any other field gets a VARCHAR column named in snake_case. */
    private static final List<String> FINDING_FIELDS = List.of("rule", "severity", "message", "messageEn");
    private static final BigDecimal MAX_VALUE = new BigDecimal("1e18");

    private final DuckDBConnection connection;
    private final DuckDBAppender reports;
    private final DuckDBAppender facts;
    private final DuckDBAppender sections;
    private final List<PendingFinding> findings = new ArrayList<>();
    private final List<String> tables;
    private boolean finished;

    private record PendingFinding(String file, String sha256, String department, Integer fiscalYear, JsonNode finding,
                                  String output) {
    }

    public QueryViews() throws SQLException {
        tables = TABLES;
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute(REPORTS);
            statement.execute(FACTS);
            statement.execute(SECTIONS);
        }
        reports = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reports");
        facts = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts");
        sections = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sections");
    }

    /** Tables already made by the caller (a data package's resources): nothing to append. */
    private QueryViews(DuckDBConnection connection, List<String> tables) {
        this.connection = connection;
        this.tables = List.copyOf(tables);
        this.reports = null;
        this.facts = null;
        this.sections = null;
        this.finished = true;
    }

    /**
     * The tables of {@code dir}: a data package's resources when it holds a {@code datapackage.json} (what
     * {@code dataset} writes), else the outputs of {@code extract}.
     */
    public static QueryViews open(Path dir, java.util.function.Consumer<String> warnings) throws Exception {
        return DataPackageTables.isPackage(dir) ? loadPackage(dir) : load(dir, warnings);
    }

    /** Loads each resource of the data package in {@code dir} as a table of its name. */
    public static QueryViews loadPackage(Path dir) throws Exception {
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try {
            return new QueryViews(connection, DataPackageTables.load(dir, connection));
        } catch (Exception e) {
            connection.close();
            throw e;
        }
    }

    /** Loads every output in {@code dir}; files that are not output records are skipped and named to {@code warnings}. */
    public static QueryViews load(Path dir, java.util.function.Consumer<String> warnings) throws Exception {
        OutputLoader.list(dir); // fail before starting DuckDB when there is nothing to load
        QueryViews views = new QueryViews();
        try {
            OutputLoader.load(dir, views::add, warnings);
            views.finish();
            return views;
        } catch (Exception e) {
            views.close();
            throw e;
        }
    }

    /**
     * Closes the door to everything outside the loaded tables for the SQL that follows: no reading or writing of
     * files or URLs, no extensions ({@code enable_external_access = false}), and no setting can be changed back.
     */
    public void disableExternalAccess() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_external_access = false");
            statement.execute("SET lock_configuration = true");
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Adds one output record to the tables. */
    public void add(OutputLoader.Output output) throws SQLException {
        JsonNode record = output.record();
        JsonNode source = record.path("source");
        JsonNode report = record.path("report");
        String file = text(source.path("fileName"));
        String sha256 = text(source.path("sha256"));
        String department = text(report.path("department"));
        Integer year = integer(report.path("fiscalYear"));
        boolean error = output.isError();

        reports.beginRow();
        str(reports, file);
        str(reports, text(source.path("path")));
        str(reports, sha256);
        lng(reports, source.path("bytes"));
        str(reports, text(source.path("format")));
        integer(reports, integer(source.path("pages")));
        str(reports, department);
        integer(reports, year);
        str(reports, text(report.path("kind")));
        str(reports, text(report.path("scope")));
        if (report.path("template").isBoolean()) {
            reports.append(report.path("template").booleanValue());
        } else {
            reports.appendNull();
        }
        str(reports, error ? "error" : "report");
        str(reports, text(record.at("/error/type")));
        str(reports, text(record.at("/error/message")));
        integer(reports, error ? null : record.path("facts").size());
        integer(reports, error ? null : record.path("findings").size());
        integer(reports, error ? null : countSections(record.path("sections")));
        str(reports, text(record.path("schemaVersion")));
        str(reports, output.name());
        reports.endRow();

        for (JsonNode fact : record.path("facts")) {
            JsonNode provenance = fact.path("provenance");
            JsonNode value = fact.path("value");
            BigDecimal decimal = null;
            String valueText = null;
            if (value.isNumber()) {
                BigDecimal exact = value.decimalValue();
                if (exact.abs().compareTo(MAX_VALUE) >= 0) {
                    valueText = exact.toPlainString();
                } else if (exact.stripTrailingZeros().scale() > 2) {
                    decimal = exact.setScale(2, RoundingMode.HALF_UP);
                    valueText = exact.toPlainString(); // the exact value, as DECIMAL(20,2) would round it
                } else {
                    decimal = exact.setScale(2, RoundingMode.UNNECESSARY);
                }
            } else {
                valueText = text(value);
            }
            facts.beginRow();
            str(facts, file);
            str(facts, sha256);
            str(facts, department);
            integer(facts, year);
            str(facts, text(fact.path("key")));
            str(facts, text(fact.path("code")));
            str(facts, text(fact.path("label")));
            if (decimal == null) {
                facts.appendNull();
            } else {
                facts.append(decimal);
            }
            str(facts, valueText);
            str(facts, text(fact.path("unit")));
            str(facts, text(fact.path("raw")));
            str(facts, text(fact.path("source")));
            str(facts, text(provenance.path("section")));
            integer(facts, integer(provenance.path("page")));
            integer(facts, integer(provenance.path("start")));
            integer(facts, integer(provenance.path("end")));
            str(facts, text(provenance.path("text")));
            str(facts, output.name());
            facts.endRow();
        }

        addSections(record.path("sections"), null, file, sha256, output.name());

        for (JsonNode finding : record.path("findings")) {
            findings.add(new PendingFinding(file, sha256, department, year, finding, output.name()));
        }
    }

    private void addSections(JsonNode list, String parentId, String file, String sha256, String output)
            throws SQLException {
        for (JsonNode section : list) {
            String id = text(section.path("id"));
            sections.beginRow();
            str(sections, file);
            str(sections, sha256);
            str(sections, id);
            str(sections, text(section.path("kind")));
            str(sections, text(section.path("title")));
            integer(sections, integer(section.path("level")));
            integer(sections, integer(section.path("start")));
            integer(sections, integer(section.path("end")));
            str(sections, parentId);
            str(sections, text(section.path("tableKind")));
            str(sections, output);
            sections.endRow();
            addSections(section.path("children"), id, file, sha256, output);
        }
    }

    private static int countSections(JsonNode list) {
        int n = 0;
        for (JsonNode section : list) {
            n += 1 + countSections(section.path("children"));
        }
        return n;
    }

    /**
     * Flushes the appenders and creates {@code findings}: fixed columns, then one column for every other field any
     * finding has (JSON when it holds an object or array, else VARCHAR) (the validator may add e.g. {@code expected}), then {@code finding}, the whole
     * finding as JSON.
     */
    public void finish() throws SQLException {
        if (finished) {
            return;
        }
        finished = true;
        reports.close();
        facts.close();
        sections.close();
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
        Map<String, String> extraColumns = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>(List.of("file", "sha256", "department", "fiscal_year", "rule",
                "severity", "message", "message_en", "finding", "output"));
        for (String name : extra) {
            String column = snake(name);
            while (!taken.add(column)) {
                column = column + "_";
            }
            extraColumns.put(name, column);
        }
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

    /** The tables, in the order they are counted, saved and exported. */
    public List<String> tables() {
        return tables;
    }

    /** Row counts of the tables, in {@link #tables()} order. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Writes the tables into a DuckDB database file, replacing the file if it exists. */
    public void save(Path file) throws QueryException, SQLException {
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

    /** Exports each table as {@code DIR/<table>.parquet}. */
    public List<Path> exportParquet(Path dir) throws QueryException, SQLException {
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

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    private static Integer integer(JsonNode node) {
        return node != null && node.isNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    private static void str(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private static void integer(DuckDBAppender appender, Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
    }

    private static void lng(DuckDBAppender appender, JsonNode value) throws SQLException {
        if (value.isNumber() && value.canConvertToLong()) {
            appender.append(value.longValue());
        } else {
            appender.appendNull();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!finished) {
                reports.close();
                facts.close();
                sections.close();
            }
        } finally {
            connection.close();
        }
    }
}
