package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.Hashing;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch: every input yields exactly one record in the output directory. Inputs whose record is already
 * there for the same content and schema version are not redone (so an interrupted batch resumes), the work is
 * spread over threads, and the datasets and the summary are written as records complete.
 */
public final class BatchRunner {
    public static final String SUMMARY_FILE = "_summary.json";

    /** What the caller needs to decide the exit code. */
    public record Outcome(int inputs, int reports, int errors) {
    }

    private final BatchOptions options;
    private final Progress progress;

    public BatchRunner(BatchOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    public Outcome run(List<Path> inputs, Map<Path, String> outputNames, Path outDir, int skippedNonDocuments)
            throws IOException {
        long started = System.nanoTime();
        removeStaleTemporaryFiles(outDir);
        BatchSummary summary = new BatchSummary();
        summary.expect(inputs.size());
        progress.start(inputs.size());
        int threads = Math.max(1, Math.min(options.threads(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "batch");
            thread.setDaemon(true);
            return thread;
        });
        try (FileProcessor processor = options.isolated()
                ? new IsolatedProcessor(threads, options.timeout(), options.workerHeap())
                : new InProcessProcessor();
             DatasetSink datasets = new DatasetSink(options.jsonl(), options.factsCsv())) {
            List<Future<?>> pending = new ArrayList<>(inputs.size());
            for (Path input : inputs) {
                Path output = outDir.resolve(outputNames.get(input));
                pending.add(pool.submit(() -> one(input, output, processor, datasets, summary)));
            }
            for (Future<?> future : pending) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> totals = summary.toMap(seconds, threads, options.isolated() ? "process" : "none",
                skippedNonDocuments);
        ReportJson.write(totals, outDir.resolve(SUMMARY_FILE));
        progress.summary(summary.line(seconds));
        return new Outcome(inputs.size(), summary.reports(), summary.errorCount());
    }

    /** A run that was killed can leave the temporary files of its atomic writes behind. */
    private static void removeStaleTemporaryFiles(Path outDir) throws IOException {
        try (DirectoryStream<Path> temporary = Files.newDirectoryStream(outDir, ".*.tmp")) {
            for (Path file : temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void one(Path input, Path output, FileProcessor processor, DatasetSink datasets, BatchSummary summary) {
        String sha = Hashing.sha256(input);
        boolean upToDate = !options.force() && upToDate(output, sha);
        if (!upToDate) {
            processor.process(new FileTask(input, output, sha));
        }
        JsonNode record;
        try {
            record = OutputRecord.read(output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back " + output, e);
        }
        summary.add(record, upToDate);
        datasets.add(record);
        boolean failure = record.has("error");
        progress.completed(input.toString(), output.getFileName().toString(),
                (upToDate ? "up to date, " : "") + describe(record), failure);
    }

    private boolean upToDate(Path output, String sha) {
        Optional<OutputRecord.Identity> existing = OutputRecord.identity(output);
        return existing.isPresent()
                && ReportDocument.SCHEMA_VERSION.equals(existing.get().schemaVersion())
                && sha.equals(existing.get().sha256())
                && !(options.retryErrors() && existing.get().error());
    }

    private static String describe(JsonNode record) {
        if (record.has("error")) {
            return "ERROR " + record.at("/error/type").asText() + ": " + record.at("/error/message").asText();
        }
        JsonNode pages = record.at("/source/pages");
        return record.at("/source/format").asText() + ", " + record.path("blocks").size() + " blocks"
                + (pages.isNumber() ? ", " + pages.asInt() + " pages" : "")
                + ", " + record.path("facts").size() + " facts";
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
