package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.RunLimits;
import org.juesuan.extractor.pipeline.ErrorRecords;
import org.juesuan.extractor.pipeline.Hashing;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a batch: every input yields exactly one record in the output directory, whatever the input (a file that
 * cannot be read or vanishes gets an {@code io-error} record). Inputs whose record is already there for the same
 * content, schema version and limits are not redone (so an interrupted batch resumes), the work is spread over
 * threads, and the datasets and the summary are written as records complete. Only the environment (an output
 * directory that cannot be written) stops a batch.
 */
public final class BatchRunner {
    public static final String SUMMARY_FILE = "_summary.json";
    /** Error types whose outcome depends on the limits: a record of an older version without its limits is redone. */
    private static final Set<String> LIMIT_DEPENDENT = Set.of(ErrorType.TIMEOUT.id(), ErrorType.WORKER_CRASHED.id());

    /** What the caller needs to decide the exit code. */
    public record Outcome(int inputs, int reports, int errors) {
    }

    private final BatchOptions options;
    private final Progress progress;
    private final Function<BatchSizing, FileProcessor> processors;
    private final RunLimits limits;

    public BatchRunner(BatchOptions options, Progress progress) {
        this(options, progress, sizing -> options.isolated()
                ? new IsolatedProcessor(sizing, options.timeout(), options.workerHeap())
                : new InProcessProcessor());
    }

    /** With {@code processors} making the processor for the batch's sizing (tests use their own workers). */
    BatchRunner(BatchOptions options, Progress progress, Function<BatchSizing, FileProcessor> processors) {
        this.options = options;
        this.progress = progress;
        this.processors = processors;
        this.limits = options.isolated() ? IsolatedProcessor.limits(options.timeout(), options.workerHeap())
                : new RunLimits("none", null, null);
    }

    public Outcome run(List<Path> inputs, Map<Path, String> outputNames, Path outDir, int skippedNonDocuments)
            throws IOException {
        long started = System.nanoTime();
        BatchSizing sizing = BatchSizing.of(options.threads(), inputs.size(), options.isolated());
        int threads = sizing.threads();
        BatchSummary summary = new BatchSummary();
        try (FileProcessor processor = processors.apply(sizing)) {
            removeStaleTemporaryFiles(outDir);
            List<FileTask> tasks = new ArrayList<>(inputs.size());
            Map<Path, String> names = new LinkedHashMap<>();
            for (Path input : inputs) {
                FileTask task = new FileTask(input.toAbsolutePath().normalize(), outDir, outputNames.get(input), null);
                tasks.add(task);
                names.put(task.input(), task.outputName());
            }
            StaleOutputs.reconcile(outDir, names);
            tasks.forEach(FileTask::output); // refuses a name that would land outside outDir, before any work
            // inputs known to need work, counted up to the threads (no processor starts more workers than that)
            long known = options.force() ? threads
                    : tasks.stream().filter(task -> !Files.exists(task.output())).limit(threads).count();
            if (known > 0) {
                processor.prepare((int) known); // a rerun with everything up to date starts no worker
            }
            summary.expect(inputs.size());
            progress.start(inputs.size());
            runAll(inputs, tasks, threads, processor, summary);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> totals = summary.toMap(seconds, threads, options.isolated() ? "process" : "none",
                skippedNonDocuments);
        ReportJson.write(totals, outDir.resolve(SUMMARY_FILE));
        progress.summary(summary.line(seconds));
        return new Outcome(inputs.size(), summary.reports(), summary.errorCount());
    }

    /** Works on {@code tasks} (one per input, in the same order) on {@code threads} threads until all are done. */
    private void runAll(List<Path> inputs, List<FileTask> tasks, int threads, FileProcessor processor,
                        BatchSummary summary) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "batch");
            thread.setDaemon(true);
            return thread;
        });
        try (DatasetSink datasets = new DatasetSink(options.jsonl(), options.factsCsv())) {
            List<Future<?>> pending = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                Path input = inputs.get(i);
                FileTask task = tasks.get(i);
                pending.add(pool.submit(() -> one(input, task, processor, datasets, summary)));
            }
            for (Future<?> future : pending) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** A run that was killed can leave the temporary files of its atomic writes behind. */
    private static void removeStaleTemporaryFiles(Path outDir) throws IOException {
        try (DirectoryStream<Path> temporary = Files.newDirectoryStream(outDir, ".*.tmp")) {
            for (Path file : temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void one(Path typed, FileTask task, FileProcessor processor, DatasetSink datasets, BatchSummary summary) {
        Path output = task.output();
        boolean upToDate = false;
        boolean unreadable = false;
        String sha = null;
        if (!options.force() && Files.exists(output)) {
            // only an earlier record needs the hash now; otherwise the extractor hashes the bytes it reads anyway
            try {
                sha = Hashing.sha256(task.input());
                upToDate = upToDate(output, sha);
            } catch (IOException e) {
                unreadable = true;
                write(ErrorRecords.forFile(task.input(), null, ErrorType.IO_ERROR,
                        "could not read the file: " + ErrorRecords.reason(e)), output);
            }
        }
        RecordDigest digest = null;
        if (!upToDate && !unreadable) {
            digest = process(processor, new FileTask(task.input(), task.outDir(), task.outputName(), sha),
                    datasets.wanted());
        }
        RecordDigest record = digest != null ? digest : RecordDigest.of(readBack(task, sha), datasets.wanted());
        summary.add(record, upToDate);
        datasets.add(record);
        progress.completed(typed.toString(), output.getFileName().toString(),
                (upToDate ? "up to date, " : "") + record.describe(), record.error());
    }

    /**
     * Runs the processor and returns the digest of the record it made; anything it throws, but an interruption,
     * becomes the file's internal-error record (then null: the record is read back).
     */
    private static RecordDigest process(FileProcessor processor, FileTask task, RecordDigest.Datasets datasets) {
        try {
            return processor.process(task, datasets);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            write(ErrorRecords.forFile(task.input(), task.hashed(), ErrorType.INTERNAL,
                    "the batch could not process the file: " + e), task.output());
            return null;
        }
    }

    /** A record the batch did not make in this run (up to date, or written after a failure), read from its file. */
    private static JsonNode readBack(FileTask task, String sha) {
        try {
            return OutputRecord.read(task.output());
        } catch (IOException e) {
            write(ErrorRecords.forFile(task.input(), sha, ErrorType.INTERNAL,
                    "no record was written for the file: " + ErrorRecords.reason(e)), task.output());
            try {
                return OutputRecord.read(task.output());
            } catch (IOException again) {
                throw new UncheckedIOException("could not read back " + task.output(), again);
            }
        }
    }

    private static void write(ErrorRecord record, Path output) {
        try {
            ReportJson.write(record, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean upToDate(Path output, String sha) {
        Optional<OutputRecord.Identity> existing = OutputRecord.identity(output);
        if (existing.isEmpty() || !ReportDocument.SCHEMA_VERSION.equals(existing.get().schemaVersion())
                || !sha.equals(existing.get().sha256())) {
            return false;
        }
        OutputRecord.Identity identity = existing.get();
        if (!identity.error()) {
            return true;
        }
        if (options.retryErrors()) {
            return false;
        }
        return identity.limits() != null ? identity.limits().equals(limits)
                : !LIMIT_DEPENDENT.contains(identity.errorType());
    }

    private static void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
