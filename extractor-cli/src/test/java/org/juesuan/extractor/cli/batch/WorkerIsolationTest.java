package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.pipeline.Hashing;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker JVMs of an isolated batch, with a test worker whose "hang" inputs never finish. */
class WorkerIsolationTest {
    @TempDir
    Path temp;

    private Path input(String name, String text) throws IOException {
        Path file = temp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static BatchOptions options(Duration timeout) {
        return new BatchOptions(1, true, timeout, "256m", false, false, null, null);
    }

    @Test
    void anInputThatNeverFinishesBecomesATimeoutRecordAndTheNextInputGetsAFreshWorker() throws IOException {
        Path hang = input("hang.txt", "第一部分 部门概况\n");
        Path next = input("next.txt", "第一部分 部门概况\n2021年度收入2155.89万元。\n");
        Path out = Files.createDirectories(temp.resolve("out"));
        // the limit also covers the next, small input in its fresh (warmed) worker: generous, so that a busy machine
        // cannot push that input past it
        Duration timeout = Duration.ofSeconds(20);
        StringWriter log = new StringWriter();

        BatchRunner.Outcome outcome = new BatchRunner(options(timeout), new Progress(new PrintWriter(log), Progress.Mode.VERBOSE),
                sizing -> new IsolatedProcessor(sizing, timeout, "256m", HangingWorker.class))
                .run(List.of(hang, next), Map.of(hang, "hang.json", next, "next.json"), out, 0);

        assertEquals(new BatchRunner.Outcome(2, 1, 1), outcome, log.toString());
        JsonNode error = ReportJson.mapper().readTree(out.resolve("hang.json").toFile());
        assertEquals("timeout", error.at("/error/type").asText());
        assertTrue(error.at("/error/message").asText().contains("no result within 20 s"), error.toString());
        assertEquals(20000, error.at("/limits/timeoutMillis").asLong(), "the record remembers its limits");
        assertEquals("256m", error.at("/limits/workerHeap").asText());
        assertEquals(Hashing.sha256(hang), error.at("/source/sha256").asText(),
                "hashed by the batch for its own record (the worker never answered), so a rerun finds it up to date");
        JsonNode report = ReportJson.mapper().readTree(out.resolve("next.json").toFile());
        assertTrue(report.at("/text").asText().contains("2021年度收入2155.89万元。"), "the file after the stuck one was extracted");
    }

    @Test
    void anInterruptedBatchWritesNothingForTheFileItWasOn() throws Exception {
        Path hang = input("hang.txt", "第一部分 部门概况\n");
        Path out = Files.createDirectories(temp.resolve("out"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try (IsolatedProcessor processor = new IsolatedProcessor(new BatchSizing(1, false), Duration.ofMinutes(10), "256m", HangingWorker.class)) {
            Thread batchThread = new Thread(() -> {
                try {
                    processor.process(new FileTask(hang, out, "hang.json", "0".repeat(64)), RecordDigest.Datasets.NONE);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            batchThread.start();
            Thread.sleep(500); // wherever the thread is (starting the worker, waiting for it), an interrupt is not a result
            batchThread.interrupt();
            batchThread.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(batchThread.isAlive());
        }
        assertInstanceOf(CancellationException.class, thrown.get());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "no record: the file was never done");
        }
    }

    @Test
    void aWorkerWhoseParentIsKilledExitsInsteadOfWritingLater() throws Exception {
        Path hang = input("hang.txt", "第一部分 部门概况\n");
        Path out = Files.createDirectories(temp.resolve("out"));
        String java = ProcessHandle.current().info().command().orElse("java");
        // a shell stands in for the batch: it starts a worker (stdin kept), prints its pid, and is killed with -9
        Process parent = new ProcessBuilder("sh", "-c", "\"$0\" -cp \"$1\" " + HangingWorker.class.getName()
                + " 0<&0 & echo $!; wait", java, System.getProperty("java.class.path"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle worker = null;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            worker = ProcessHandle.of(Long.parseLong(lines.readLine().strip())).orElseThrow();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (WorkerProtocol.parseReply(line).map(r -> r.kind() == WorkerProtocol.Kind.READY).orElse(false)) {
                    break;
                }
            }
            parent.getOutputStream().write((WorkerProtocol.task(new FileTask(hang, out, "hang.json", null)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            parent.getOutputStream().flush();

            parent.destroyForcibly().waitFor();

            worker.onExit().get(60, TimeUnit.SECONDS); // fails with a TimeoutException if the worker lives on
            assertFalse(Files.exists(out.resolve("hang.json")));
        } finally {
            if (worker != null) {
                worker.destroyForcibly();
            }
            parent.destroyForcibly();
        }
    }

    @Test
    void anyFileNameTravelsIntactToTheWorkerAndNoOutputNameLeavesTheOutputDirectory() {
        Path input = Path.of("/data/in/a\tb\nc 四川.txt");
        FileTask task = new FileTask(input, Path.of("/data/out"), "a\tb\nc 四川.json", "ab".repeat(32));
        String line = WorkerProtocol.task(task);
        assertFalse(line.contains("\n") || line.contains("\t"), line);
        assertEquals(task, WorkerProtocol.parseTask(line));
        assertEquals(Path.of("/data/out/a\tb\nc 四川.json"), task.output());
        for (String escape : List.of("../x.json", "a/../../x.json", "sub/x.json", "..", ".", "")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new FileTask(input, Path.of("/data/out"), escape, null).output(), escape);
        }
        assertThrows(IllegalArgumentException.class, () -> WorkerProtocol.parseTask("/data/in/x.txt\t/tmp/x.json"));
    }
}
