package org.juesuan.extractor.spark;

import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.pipeline.ErrorRecords;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.Hashing;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs each input of a partition on a thread of its own, so that one input cannot fail the Spark task: an input
 * that throws, takes longer than the time limit or runs out of memory becomes that input's error record
 * ({@code internal-error}, {@code timeout}, {@code worker-crashed}, as {@code extract} names them) and the next
 * input goes on. A thread that timed out is interrupted and left behind (a JVM cannot stop a thread that ignores
 * interruption); the next input gets a fresh thread. Not thread-safe: one per partition.
 */
final class IsolatedExtraction implements AutoCloseable {
    private final Extraction extraction;
    private final Duration timeout;
    private ExecutorService thread;

    IsolatedExtraction(Extraction extraction, Duration timeout) {
        this.extraction = extraction;
        this.timeout = timeout;
        this.thread = newThread();
    }

    /** The input's report or error record; never throws for a bad input. */
    ExtractionOutcome extract(InputFile file) {
        AtomicReference<byte[]> content = new AtomicReference<>();
        Future<ExtractionOutcome> result = thread.submit(() -> {
            byte[] bytes = file.read();
            content.set(bytes);
            return extraction.extract(bytes, file.fileName(), file.path());
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            thread.shutdownNow();
            thread = newThread();
            return failure(file, content.get(), ErrorType.TIMEOUT, "the file took longer than the time limit (no result within "
                    + describe(timeout) + "; its thread was interrupted)");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt(); // Spark is killing the task: let it
            return failure(file, content.get(), ErrorType.TIMEOUT, "the task was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return failure(file, content.get(), ErrorType.WORKER_CRASHED,
                        "the executor ran out of memory on this file: " + cause.getMessage()
                                + " (heap -Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m)");
            }
            if (cause instanceof IOException) {
                return failure(file, content.get(), ErrorType.IO_ERROR, "could not read the file: " + cause);
            }
            return failure(file, content.get(), ErrorType.INTERNAL, "extraction failed unexpectedly: " + cause);
        }
    }

    private static ExtractionOutcome failure(InputFile file, byte[] content, ErrorType type, String message) {
        String sha256 = content == null ? null : Hashing.sha256(content);
        long bytes = content == null ? file.size() : content.length;
        return new ExtractionOutcome.Failure(ErrorRecords.of(file.fileName(), file.path(), sha256, bytes, type, message));
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "extractor-file");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String describe(Duration timeout) {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
