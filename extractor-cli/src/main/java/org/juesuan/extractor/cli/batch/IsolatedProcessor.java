package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.RunLimits;
import org.juesuan.extractor.pipeline.ErrorRecords;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs each input in a child JVM with a heap limit and a time limit, so that a parser that loops or exhausts
 * memory becomes an error record ({@code timeout}, {@code worker-crashed}) and the batch goes on with a fresh
 * worker. Those records remember the limits they were made under ({@link RunLimits}).
 */
final class IsolatedProcessor implements FileProcessor {
    private final Duration timeout;
    private final String workerHeap;
    private final RunLimits limits;
    private final BlockingQueue<IsolatedWorker> idle = new LinkedBlockingQueue<>();
    private final List<IsolatedWorker> all = new ArrayList<>();

    /** {@code sizing.threads()} workers running {@link WorkerMain}. */
    IsolatedProcessor(BatchSizing sizing, Duration timeout, String workerHeap) {
        this(sizing, timeout, workerHeap, WorkerMain.class);
    }

    /** Workers running {@code workerMain}: {@link WorkerMain}, or a test's worker. */
    IsolatedProcessor(BatchSizing sizing, Duration timeout, String workerHeap, Class<?> workerMain) {
        this.timeout = timeout;
        this.workerHeap = workerHeap;
        this.limits = limits(timeout, workerHeap);
        for (int i = 0; i < sizing.threads(); i++) {
            IsolatedWorker worker = new IsolatedWorker(WorkerCommand.of(workerHeap, sizing, workerMain));
            all.add(worker);
            idle.add(worker);
        }
    }

    static RunLimits limits(Duration timeout, String workerHeap) {
        return new RunLimits("process", timeout.toMillis(), workerHeap);
    }

    /**
     * Starts the worker processes the {@code files} will need now, together, instead of each when its batch thread
     * takes its first file; the rest start if later files need them.
     */
    @Override
    public void prepare(int files) {
        all.stream().limit(files).forEach(IsolatedWorker::startEarly);
    }

    @Override
    public RecordDigest process(FileTask task, RecordDigest.Datasets datasets) {
        IsolatedWorker worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the batch was interrupted while waiting for a worker");
        }
        try {
            IsolatedWorker.Result result = worker.run(task, datasets, timeout);
            return switch (result.status()) {
                case DONE -> result.digest();
                case TIMEOUT -> writeError(task, datasets, ErrorType.TIMEOUT, "the file took longer than the time limit ("
                        + result.message() + ")");
                case CRASHED -> writeError(task, datasets, ErrorType.WORKER_CRASHED, result.message()
                        + " (worker heap -Xmx" + workerHeap + ")");
                case FAILED -> writeError(task, datasets, ErrorType.INTERNAL, "the worker could not write the record: "
                        + result.message());
            };
        } finally {
            idle.add(worker);
        }
    }

    private RecordDigest writeError(FileTask task, RecordDigest.Datasets datasets, ErrorType type, String message) {
        try {
            ErrorRecord record = ErrorRecords.forFile(task.input(), task.hashed(), type, message, limits);
            ReportJson.write(record, task.output());
            return RecordDigest.of(record, datasets);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + task.output(), e);
        }
    }

    @Override
    public void close() {
        all.forEach(IsolatedWorker::close);
    }
}
