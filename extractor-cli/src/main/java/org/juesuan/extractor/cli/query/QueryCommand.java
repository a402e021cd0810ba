package org.juesuan.extractor.cli.query;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
                "Runs SQL (DuckDB) over the output of extract in DIR, with four ready tables:",
                "  reports   one row per output file: file, path, sha256, bytes, format, pages, department, "
                        + "fiscal_year, kind, scope, template, status ('report' or 'error'), error_type, error_message, "
                        + "facts, findings, sections (counts), schema_version, output (the JSON file's name)",
                "  facts     one row per fact: file, sha256, department, fiscal_year, key, code, label, "
                        + "value DECIMAL(20,2) (exact money in yuan), value_text (string values, and the exact "
                        + "number if it has more than 2 decimals), unit, raw, source, section, page, start, \"end\", "
                        + "quote, output",
                "  findings  one row per finding: file, sha256, department, fiscal_year, rule, severity, message, "
                        + "message_en, a column for any other field a finding has (JSON or VARCHAR), finding (the whole finding as "
                        + "JSON), output",
                "  sections  one row per section of the tree: file, sha256, id, kind, title, level, start, \"end\", "
                        + "parent_id, table_kind, output",
                "A DIR holding a datapackage.json (what dataset writes) is loaded as the package's resources instead.",
                "Example: ./extractor query out \"SELECT department, count(*) FROM facts GROUP BY 1\"",
                "The SQL is DuckDB's, unrestricted: it can read and write files and URLs with the rights of the user "
                        + "running it. Behind a service, use --read-only. A .json in DIR that is not an output of "
                        + "extract (e.g. eval.json) is skipped with a warning.",
                "Exit code: 0 on success, 2 for bad SQL, a missing or empty DIR, or outputs of another schema version."
        })
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The --out directory of extract.")
    Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SQL",
            description = "The query; optional with --save or --parquet.")
    String sql;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (aligned, for terminals; long cells cut), csv, json or markdown. Default: ${DEFAULT-VALUE}.")
    ResultPrinter.Format format;

    @Option(names = "--save", paramLabel = "FILE.duckdb",
            description = "Write the four tables into a DuckDB database file (replaced if it exists), for any DuckDB client.")
    Path save;

    @Option(names = "--parquet", paramLabel = "DIR2",
            description = "Export the four tables as DIR2/reports.parquet, facts.parquet, findings.parquet, sections.parquet.")
    Path parquet;

    @Option(names = "--read-only",
            description = "Let the SQL see only the four tables: no access to files, URLs or extensions "
                    + "(DuckDB enable_external_access=false, configuration locked). For running queries from others.")
    boolean readOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sql == null && save == null && parquet == null) {
            err.println("error: give the SQL to run, or --save FILE.duckdb / --parquet DIR2");
            err.println("See 'extractor query --help'.");
            err.flush();
            return 2;
        }
        try (QueryViews views = QueryViews.open(dir, warning -> err.println("warning: " + warning))) {
            if (save != null) {
                views.save(save);
                err.println("saved " + describe(views.counts()) + " to " + save);
            }
            if (parquet != null) {
                views.exportParquet(parquet);
                err.println("exported " + describe(views.counts()) + " as Parquet to " + parquet);
            }
            err.flush();
            if (readOnly) {
                views.disableExternalAccess();
            }
            if (sql != null) {
                run(views, sql, out);
            }
            return 0;
        } catch (QueryException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        } catch (Exception e) {
            err.println("error: " + oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return 2;
        }
    }

    private void run(QueryViews views, String query, PrintWriter out) throws Exception {
        try (Statement statement = views.connection().createStatement()) {
            boolean hasResult;
            try {
                hasResult = statement.execute(query);
            } catch (SQLException e) {
                throw new QueryException("SQL: " + oneLine(e.getMessage()), e);
            }
            if (hasResult) {
                try (ResultSet rs = statement.getResultSet()) {
                    ResultPrinter.print(rs, format, out);
                }
            } else {
                out.println("(ok)");
                out.flush();
            }
        }
    }

    private static String describe(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " rows)")
                .collect(Collectors.joining(", "));
    }

    /** DuckDB's message on one line: its first lines, without the echoed query and the caret under it. */
    public static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        // the JDBC driver wraps errors of prepared queries: keep DuckDB's own error
        String wrapper = "Attempting to execute an unsuccessful or closed pending query result";
        int at = message.indexOf(wrapper);
        if (at >= 0) {
            message = message.substring(at + wrapper.length()).strip();
            if (message.startsWith("Error: ")) {
                message = message.substring("Error: ".length());
            }
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.startsWith("LINE ") && !l.matches("\\^+"))
                .collect(Collectors.joining(" "));
    }
}
