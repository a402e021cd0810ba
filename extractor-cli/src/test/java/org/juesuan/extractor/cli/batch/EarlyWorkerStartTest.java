package org.juesuan.extractor.cli.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A batch with work starts its workers before its first file ({@link FileProcessor#prepare}), so that their start-up
 * overlaps the batch's own; a rerun that finds every record up to date starts none; a worker started for nothing is
 * stopped when the batch ends.
 */
class EarlyWorkerStartTest {
    @TempDir
    Path temp;

    /** Runs the pipeline in this JVM, and notes when it was prepared and when it processed. */
    private static final class NotingProcessor implements FileProcessor {
        private final List<String> calls;
        private final InProcessProcessor inProcess = new InProcessProcessor();

        NotingProcessor(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public void prepare(int files) {
            calls.add("prepare " + files);
        }

        @Override
        public RecordDigest process(FileTask task, RecordDigest.Datasets datasets) {
            calls.add("process " + task.input().getFileName());
            return inProcess.process(task, datasets);
        }
    }

    private List<String> run(Path input, Path out, boolean force) throws IOException {
        return run(List.of(input), 1, out, force);
    }

    private List<String> run(List<Path> inputs, int threads, Path out, boolean force) throws IOException {
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        BatchOptions options = new BatchOptions(threads, false, Duration.ofMinutes(5), "256m", force, false, null, null);
        new BatchRunner(options, new Progress(new PrintWriter(new StringWriter()), Progress.Mode.QUIET),
                sizing -> new NotingProcessor(calls))
                .run(inputs, inputs.stream().collect(Collectors.toMap(input -> input,
                        input -> input.getFileName().toString().replace(".txt", ".json"))), out, 0);
        return calls;
    }

    @Test
    void aBatchWithWorkIsPreparedBeforeItsFirstFileAndAnUpToDateRerunIsNot() throws IOException {
        Path input = Files.writeString(temp.resolve("report.txt"), "第一部分 部门概况\n2021年度收入2155.89万元。\n");
        Path out = Files.createDirectories(temp.resolve("out"));

        assertEquals(List.of("prepare 1", "process report.txt"), run(input, out, false));
        assertEquals(List.of(), run(input, out, false), "every record is up to date: no worker is started");
        assertEquals(List.of("prepare 1", "process report.txt"), run(input, out, true), "--force redoes it");
    }

    @Test
    void aBatchPreparesForTheInputsWithoutAnOutputUpToItsThreads() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            inputs.add(Files.writeString(temp.resolve(name + ".txt"), "第一部分 部门概况\n2021年度收入2155.89万元。\n"));
        }
        Path out = Files.createDirectories(temp.resolve("out"));

        assertEquals("prepare 2", run(inputs, 2, out, false).get(0), "three to do, two threads");
        Files.delete(out.resolve("b.json"));
        assertEquals(List.of("prepare 1", "process b.txt"), run(inputs, 2, out, false),
                "one to do: one worker is enough");
    }

    @Test
    void aWorkerStartedForNothingIsStoppedWhenTheBatchEnds() throws Exception {
        // other tests' workers may still be exiting: only the children this batch starts count
        Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        List<ProcessHandle> started;
        try (IsolatedProcessor processor = new IsolatedProcessor(new BatchSizing(2, false), Duration.ofMinutes(1),
                "256m", HangingWorker.class)) {
            processor.prepare(1);
            assertEquals(1, ProcessHandle.current().children().filter(child -> !before.contains(child.pid())).count(),
                    "one file to do: one worker started");
            processor.prepare(2);
            started = ProcessHandle.current().children().filter(child -> !before.contains(child.pid())).toList();
            assertEquals(2, started.size(), "two: both workers, each started once");
        }
        assertEquals(List.of(), started.stream().filter(ProcessHandle::isAlive).toList(),
                "closing the batch stopped the workers it never used");
    }
}
