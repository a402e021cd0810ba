package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.juesuan.extractor.write.FactRow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.juesuan.extractor.cli.query.AppenderCells.integer;
import static org.juesuan.extractor.cli.query.AppenderCells.lng;
import static org.juesuan.extractor.cli.query.AppenderCells.str;
import static org.juesuan.extractor.cli.query.AppenderCells.text;

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

    private final DuckDBConnection connection;
    private final DuckDBAppender reports;
    private final DuckDBAppender facts;
    private final DuckDBAppender sections;
    private final FindingsTable findings = new FindingsTable();
    private final List<String> tables;
    private boolean finished;

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
        appendReport(output, record, department, year);
        for (FactRow fact : FactRow.of(record)) {
            appendFact(fact, output.name());
        }
        addSections(record.path("sections"), null, file, sha256, output.name());
        for (JsonNode finding : record.path("findings")) {
            findings.add(file, sha256, department, year, finding, output.name());
        }
    }

    /** The record's row in {@code reports} (an error record's too). */
    private void appendReport(OutputLoader.Output output, JsonNode record, String department, Integer year)
            throws SQLException {
        JsonNode source = record.path("source");
        JsonNode report = record.path("report");
        boolean error = output.isError();
        reports.beginRow();
        str(reports, text(source.path("fileName")));
        str(reports, text(source.path("path")));
        str(reports, text(source.path("sha256")));
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
    }

    /** A row of the {@code facts} table: the facts CSV's row ({@link FactRow}) and the provenance's offsets and window. */
    private void appendFact(FactRow fact, String output) throws SQLException {
        FactValue value = FactValue.of(fact.number(), fact.text());
        facts.beginRow();
        str(facts, fact.file());
        str(facts, fact.sha256());
        str(facts, fact.department());
        integer(facts, fact.fiscalYear());
        str(facts, fact.key());
        str(facts, fact.code());
        str(facts, fact.label());
        if (value.decimal() == null) {
            facts.appendNull();
        } else {
            facts.append(value.decimal());
        }
        str(facts, value.text());
        str(facts, fact.unit());
        str(facts, fact.raw());
        str(facts, fact.source());
        str(facts, fact.section());
        integer(facts, fact.page());
        integer(facts, fact.start());
        integer(facts, fact.end());
        str(facts, fact.quote());
        str(facts, output);
        facts.endRow();
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

    /** Flushes the appenders and creates {@code findings} ({@link FindingsTable}). */
    public void finish() throws SQLException {
        if (finished) {
            return;
        }
        finished = true;
        reports.close();
        facts.close();
        sections.close();
        findings.create(connection);
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
        TableFiles.save(connection, tables, file);
    }

    /** Exports each table as {@code DIR/<table>.parquet}. */
    public List<Path> exportParquet(Path dir) throws QueryException, SQLException {
        return TableFiles.exportParquet(connection, tables, dir);
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
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
