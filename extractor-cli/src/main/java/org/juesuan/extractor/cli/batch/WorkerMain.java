package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.write.ReportJson;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM of an isolated batch: reads tasks from stdin and writes each output record itself, answering
 * per task on stdout ({@link WorkerProtocol}). It exits when its parent is gone, so that a worker orphaned by
 * a killed batch does not go on and write records nobody waits for.
 */
public final class WorkerMain {
    /** Turns one task into its record at {@link FileTask#output()} and returns the record (the model) it wrote. */
    interface TaskHandler {
        Object handle(FileTask task) throws Exception;
    }

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        ReportExtractor.prepareInBackground();
        ReportExtractor extractor = new ReportExtractor();
        serve(System.in, task -> {
            Object record = extractor.extract(task.input(), task.sha256()).record();
            ReportJson.write(record, task.output());
            return record;
        });
    }

    /** The worker loop, for {@link #main} and for test workers with their own handler. */
    static void serve(InputStream in, TaskHandler handler) throws IOException {
        exitWithParent();
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        replies.println(WorkerProtocol.ready()); // start-up (class loading, Tika's set-up) does not count against a file's time
        BufferedReader tasks = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = tasks.readLine(); line != null; line = tasks.readLine()) {
            try {
                WorkerProtocol.Request request = WorkerProtocol.parseRequest(line);
                Object record = handler.handle(request.task());
                replies.println(WorkerProtocol.done(RecordDigest.of(record, request.datasets())));
            } catch (Exception e) {
                replies.println(WorkerProtocol.failed(e.toString()));
            }
        }
    }

    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
    }
}
