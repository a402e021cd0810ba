package org.juesuan.extractor.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.lib.input.InvalidInputException;
import org.apache.spark.sql.SparkSession;
import org.juesuan.extractor.pipeline.Durations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code ./extractor spark}: the batch extraction as a Spark job, embedded ({@code --master local[N]}) or, run by
 * {@code spark-submit}, on the cluster {@code spark-submit} names.
 */
@Command(name = "extractor spark",
        description = {
                "Runs the extraction of `extract` as an Apache Spark job. Every file under the inputs becomes one "
                        + "record (a report or an error record, the schema of `extract`) in DIR/reports/ (JSON Lines "
                        + "part files), and every fact one row in DIR/facts/ (Parquet, partitioned by fiscal_year).",
                "Exit code: 0 when every input became a report, 1 when some inputs gave error records, 2 for a "
                        + "usage error or an input path that does not exist."
        })
public final class SparkCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (searched recursively; names starting with . or _ are passed over) or "
                    + "globs, on any Hadoop file system: /local/path, file:/…, hdfs://…, s3a://… (with the connector).")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output directory (any Hadoop file system): DIR/reports/ and DIR/facts/ are written.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "local[N] (embedded, N threads), spark://host:7077, yarn, … Default: what spark-submit "
                    + "set, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions (tasks) to split the inputs into; each reads its files with one reader set. "
                    + "Default: twice Spark's default parallelism (the cores). Files are split by size.")
    Integer partitions;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Time limit per input (default ${DEFAULT-VALUE}): an input that takes longer gets a "
                    + "'timeout' error record.")
    Duration timeout;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--force", description = "Replace DIR/reports and DIR/facts when they exist.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return USAGE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("See 'extractor spark --help'.");
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1");
        }
        boolean embedded = master != null ? master.startsWith("local") : System.getProperty("spark.master") == null;
        if (embedded && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "org/juesuan/extractor/spark/log4j2-embedded.properties");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("juesuan extractor");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        if (System.getProperty(SparkExtractionJob.OPEN_COST_SETTING) == null) {
            builder.config(SparkExtractionJob.OPEN_COST_SETTING, SparkExtractionJob.OPEN_COST);
        }
        if (embedded) {
            builder.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        long started = System.nanoTime();
        try (SparkSession spark = builder.getOrCreate()) {
            if (!prepareOutput(spark)) {
                err.println("error: " + out + "/reports or " + out + "/facts exists (use --force to replace them)");
                return USAGE;
            }
            SparkExtractionJob.Summary summary;
            try {
                summary = new SparkExtractionJob().run(spark, new SparkExtractionJob.Options(inputs, out, partitions, timeout));
            } catch (RuntimeException e) {
                InvalidInputException invalid = invalidInput(e);
                if (invalid == null) {
                    throw e;
                }
                err.println("error: " + invalid.getMessage().replace('\n', ' '));
                return USAGE;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(describe(summary, seconds));
            err.flush();
            return summary.errors() == 0 ? OK : SOME_FAILED;
        }
    }

    /** False when an output exists and may not be replaced. */
    private boolean prepareOutput(SparkSession spark) throws IOException {
        Path dir = new Path(out);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        for (String part : List.of("reports", "facts")) {
            Path existing = new Path(dir, part);
            if (fs.exists(existing)) {
                if (!force) {
                    return false;
                }
                fs.delete(existing, true);
            }
        }
        return true;
    }

    private static InvalidInputException invalidInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private String describe(SparkExtractionJob.Summary summary, double seconds) {
        String errors = summary.errorsByType().isEmpty() ? "" : summary.errorsByType().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
        return String.format(Locale.ROOT, "spark: %d inputs, %d reports, %d error records%s, %d facts, %d partitions, "
                        + "%.1f s; wrote %s/reports and %s/facts", summary.inputs(), summary.reports(), summary.errors(),
                errors, summary.facts(), summary.partitions(), seconds, out, out);
    }
}
