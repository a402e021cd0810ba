package org.juesuan.extractor.cli.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM running {@link WorkerMain}, with its own heap limit. A task that does not finish in time gets
 * the process killed; a process that dies (out of memory, native crash) is reported as such. Either way the
 * next task starts a fresh process. Not thread-safe: one worker serves one batch thread at a time.
 */
final class IsolatedWorker implements AutoCloseable {
    /** What became of one task: {@code digest} of the record written, or a {@code message} explaining a timeout or crash. */
    record Result(Status status, String message, RecordDigest digest) {
        Result(Status status, String message) {
            this(status, message, null);
        }
    }

    enum Status { DONE, FAILED, TIMEOUT, CRASHED }

    /** Put in the reply queue when the worker's stdout ends: the process is gone. */
    private static final WorkerProtocol.Reply EOF = new WorkerProtocol.Reply(WorkerProtocol.Kind.FAILED, "\u0000eof", null);
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    private static final int STDERR_LINES_KEPT = 20;
    private static final int EXIT_LIMIT_SECONDS = 5;

    private final List<String> command;
    private Process process;
    /** Whether {@link #process} has said it is ready (it may have been started early and still be starting). */
    private boolean ready;
    private BufferedWriter tasks;
    private BlockingQueue<WorkerProtocol.Reply> replies;
    /** The last lines the process printed that were not protocol replies (the JVM's own out-of-memory notice among them). */
    private Deque<String> stderrTail;
    private List<Thread> pumps = List.of();

    /** A worker started with {@code command} ({@link WorkerCommand}: normally {@link WorkerMain}; tests use their own). */
    IsolatedWorker(List<String> command) {
        this.command = List.copyOf(command);
    }

    /**
     * Runs one task. An interrupted batch thread is not an outcome of the file: the worker is stopped and a
     * {@link CancellationException} says so, and nothing is written for the file.
     */
    Result run(FileTask task, RecordDigest.Datasets datasets, Duration timeout) {
        try {
            startIfNeeded();
            // sent before the worker is ready: it waits in the pipe, and the worker reads it as soon as it has said
            // it is ready, without a round trip through this process; the time limit starts at that ready line
            IOException unsent = null;
            try {
                tasks.write(WorkerProtocol.task(task, datasets));
                tasks.newLine();
                tasks.flush();
            } catch (IOException e) {
                unsent = e;
            }
            awaitReady(); // a worker that died starting says why here, rather than as a broken pipe
            if (unsent != null) {
                throw unsent;
            }
        } catch (IOException e) {
            return crashed("could not hand the file to a worker process: " + e.getMessage());
        }
        WorkerProtocol.Reply reply;
        try {
            reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new CancellationException("the batch was interrupted");
        }
        if (reply == null) {
            stop();
            return new Result(Status.TIMEOUT, "no result within " + describe(timeout) + "; the worker was stopped");
        }
        if (reply == EOF) {
            return crashed("the worker process died");
        }
        if (reply.kind() == WorkerProtocol.Kind.FAILED) {
            return new Result(Status.FAILED, reply.reason());
        }
        return new Result(Status.DONE, null, reply.digest());
    }

    private Result crashed(String what) {
        Integer exit = null;
        try {
            if (process != null && process.waitFor(5, TimeUnit.SECONDS)) {
                exit = process.exitValue();
            }
            for (Thread pump : pumps) {
                pump.join(1000); // let the last lines of a dead process arrive
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String tail;
        synchronized (stderrTail) {
            tail = String.join(" | ", stderrTail);
        }
        stop();
        boolean outOfMemory = tail.contains("OutOfMemoryError");
        return new Result(Status.CRASHED, (outOfMemory ? "the worker ran out of memory" : what)
                + (exit == null ? "" : " (exit code " + exit + ")") + (tail.isEmpty() ? "" : ": " + tail));
    }

    /**
     * Starts the process now without waiting for it, so that its start-up (a new JVM, Tika's set-up) overlaps the
     * batch's own; the first task then waits for it to be ready. A process that cannot be started is tried again, and
     * reported, by that task.
     */
    void startEarly() {
        if (process == null) {
            try {
                start();
            } catch (IOException e) {
                // no process: the first task tries again and reports what went wrong
            }
        }
    }

    /** A process for the next task: this one, or a new one when it was never started, was stopped, or is gone. */
    private void startIfNeeded() throws IOException {
        if (process == null || (ready && !process.isAlive())) {
            start();
        }
    }

    /** Waits for a process that is still starting to say it is ready. */
    private void awaitReady() throws IOException {
        if (ready) {
            return;
        }
        WorkerProtocol.Reply first;
        try {
            first = replies.poll(STARTUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new CancellationException("the batch was interrupted while a worker started");
        }
        if (first == null || first.kind() != WorkerProtocol.Kind.READY) {
            String tail;
            synchronized (stderrTail) {
                tail = String.join(" | ", stderrTail);
            }
            stop();
            throw new IOException("the worker process did not start" + (tail.isEmpty() ? "" : ": " + tail));
        }
        ready = true;
    }

    private void start() throws IOException {
        ready = false;
        Process prestarted = PrestartedWorker.take(command);
        process = prestarted != null ? prestarted : new ProcessBuilder(command).start();
        tasks = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        replies = new LinkedBlockingQueue<>();
        stderrTail = new ArrayDeque<>();
        BlockingQueue<WorkerProtocol.Reply> myReplies = replies;
        Deque<String> myTail = stderrTail;
        java.util.function.Consumer<String> keep = line -> {
            synchronized (myTail) {
                myTail.addLast(line.strip());
                if (myTail.size() > STDERR_LINES_KEPT) {
                    myTail.removeFirst();
                }
            }
        };
        pumps = List.of(
                daemon(() -> pump(process.getInputStream(), line -> WorkerProtocol.parseReply(line)
                        .ifPresentOrElse(myReplies::add, () -> keep.accept(line)), () -> myReplies.add(EOF))),
                daemon(() -> pump(process.getErrorStream(), keep, () -> { })));
    }

    private static void pump(InputStream stream, java.util.function.Consumer<String> onLine, Runnable onEnd) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            // the process is gone; onEnd says so
        } finally {
            onEnd.run();
        }
    }

    private static Thread daemon(Runnable body) {
        Thread thread = new Thread(body, "worker-io");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void stop() {
        if (process != null) {
            destroyWithDescendants(process);
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static String describe(Duration timeout) {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /**
     * Ends the worker without waiting for it: a worker that never became ready (started early for a batch that had no
     * work for it) is stopped; a ready one is told there are no more tasks and exits by itself, and is stopped if it
     * is still there {@value #EXIT_LIMIT_SECONDS} s later (or exits with this process, {@link WorkerMain}). The
     * batch has every reply by then, so nothing the worker could still do is waited for.
     */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        if (!ready) {
            stop();
            return;
        }
        Process ending = process;
        process = null;
        try {
            tasks.close();
        } catch (IOException e) {
            // the pipe is gone with the process, or it is stopped below
        }
        ending.onExit().completeOnTimeout(ending, EXIT_LIMIT_SECONDS, TimeUnit.SECONDS).thenAccept(exited -> {
            if (exited.isAlive()) {
                destroyWithDescendants(exited);
            }
        });
    }

    private static void destroyWithDescendants(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
