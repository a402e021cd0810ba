package org.juesuan.extractor.cli;

import org.juesuan.extractor.cli.batch.BatchOptions;
import org.juesuan.extractor.cli.batch.BatchRunner;
import org.juesuan.extractor.cli.batch.DefaultThreads;
import org.juesuan.extractor.cli.batch.PrestartedWorker;
import org.juesuan.extractor.cli.batch.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Reads each input report and writes one JSON file per input into the output directory: the report "
                        + "(normalized text, blocks, sections, facts, findings) or, for an input that cannot be read, "
                        + "an error record {schemaVersion, source, error: {type, message}}. A bad input never stops "
                        + "the batch: each input runs in a separate worker JVM with a time and memory limit.",
                "Rerunning the same command skips inputs whose output is already there for the same content and "
                        + "schema version, so an interrupted batch resumes where it stopped. The run ends with a "
                        + "summary, also written to DIR/_summary.json.",
                "Exit code: 0 when every input became a report, 1 when some inputs gave error records or there "
                        + "was no input, 2 for a usage error (then nothing is written)."
        })
final class ExtractCommand implements Callable<Integer> {
    static final String DEFAULT_WORKER_HEAP = "768m";

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Report files (.txt .docx .doc .pdf .xlsx .xls .html) or directories, searched recursively "
                    + "for files with those extensions.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output directory, created if missing. Each input INPUT/x.pdf is written to DIR/x.json "
                    + "(DIR/x.pdf.json when several inputs are named x).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Inputs processed at the same time (default: from the cores and memory; with worker JVMs "
                    + "one less than the cores, see docs/tuning.md).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Time limit per input, more than 0, e.g. 90s, 5m (default ${DEFAULT-VALUE}). An input that "
                    + "takes longer gets a 'timeout' error record and its worker is replaced.")
    Duration timeout;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = DEFAULT_WORKER_HEAP,
            description = "Heap limit of each worker JVM, at least 128m (default ${DEFAULT-VALUE}). An input that "
                    + "exhausts it gets a 'worker-crashed' error record.")
    String workerHeap;

    @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "process",
            description = "process: each input in a worker JVM with the limits above (default); none: in this JVM "
                    + "(faster to start, but a hanging parser hangs the batch and --timeout does not apply).")
    Isolation isolation;

    @Option(names = "--force", description = "Redo every input, even when its output is up to date.")
    boolean force;

    @Option(names = "--retry-errors", description = "Redo inputs whose existing output is an error record.")
    boolean retryErrors;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Also write all records as JSON Lines to FILE.")
    Path jsonl;

    @Option(names = "--facts-csv", paramLabel = "FILE",
            description = "Also write all facts as one CSV table (UTF-8 with BOM, opens in Excel) to FILE: file, sha256, "
                    + "department, fiscal_year, key, code, label, value, unit, raw, source, section, page.")
    Path factsCsv;

    @Option(names = "--all-files",
            description = "In directories, take every file as an input, not only those with document extensions.")
    boolean allFiles;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures and the final summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print a line per input (the default is a progress bar on a "
            + "terminal, a status line every 10 s otherwise).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Isolation { process, none }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireExisting(spec.commandLine(), inputs);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out is not a directory: " + out);
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be longer than 0 (e.g. 90s, 5m), not " + timeout);
        }
        long workerHeapBytes = checkWorkerHeap();
        InputFiles.Expansion expansion = InputFiles.expand(inputs, out, allFiles);
        if (expansion.files().isEmpty()) {
            err.printf("error: no input files in %s%s; nothing was done%n", inputs,
                    expansion.skipped().isEmpty() ? " (the output directory's own files are not inputs)"
                            : " (" + expansion.skipped().size() + " file(s) without a document extension; "
                            + "use --all-files to include them)");
            err.flush();
            return ExtractorCli.SOME_FAILED;
        }
        Files.createDirectories(out);
        Map<Path, String> names = OutputNames.assign(expansion.files());
        int threadCount = threads != null ? threads : DefaultThreads.of(isolation == Isolation.process, workerHeapBytes);
        BatchOptions options = new BatchOptions(threadCount, isolation == Isolation.process, timeout, workerHeap, force,
                retryErrors, jsonl, factsCsv);
        BatchRunner.Outcome outcome = new BatchRunner(options, new Progress(err, progressMode()))
                .run(expansion.files(), names, out, expansion.skipped().size());
        PrestartedWorker.discard(); // when the batch had no use for it
        if (!expansion.skipped().isEmpty()) {
            err.printf("skipped %d file(s) without a document extension, e.g. %s (use --all-files to include them)%n",
                    expansion.skipped().size(), expansion.skipped().get(0));
        }
        err.flush();
        return outcome.errors() == 0 ? ExtractorCli.OK : ExtractorCli.SOME_FAILED;
    }

    /** A worker JVM needs this much heap to load Tika, PDFBox and the pipeline and read an ordinary report. */
    static final long MIN_WORKER_HEAP_BYTES = 128L << 20;

    /** The worker heap in bytes, or a usage error. */
    private long checkWorkerHeap() {
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("(\\d{1,12})([kKmMgG]?)").matcher(workerHeap);
        if (!size.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--worker-heap takes a JVM size such as 512m or 2g, not " + workerHeap);
        }
        long bytes = Long.parseLong(size.group(1)) << switch (size.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (bytes < MIN_WORKER_HEAP_BYTES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--worker-heap " + workerHeap
                    + " is below what a worker needs (" + (MIN_WORKER_HEAP_BYTES >> 20) + "m)");
        }
        return bytes;
    }

    private Progress.Mode progressMode() {
        if (quiet) {
            return Progress.Mode.QUIET;
        }
        if (verbose) {
            return Progress.Mode.VERBOSE;
        }
        return System.console() != null ? Progress.Mode.BAR : Progress.Mode.LOG;
    }
}
