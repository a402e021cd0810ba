package org.juesuan.extractor.cli.batch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The worker started before {@code extract}'s arguments are parsed is the batch's first worker when the batch would
 * start the same command, and is stopped otherwise. Only the children each test starts count (other tests' workers
 * may still be exiting).
 */
class PrestartedWorkerTest {
    private final Set<Long> before = children().stream().map(ProcessHandle::pid).collect(Collectors.toSet());

    @TempDir
    Path temp;

    /** An output directory not there yet. */
    private String newOut() {
        return temp.resolve("out").toString();
    }

    @AfterEach
    void discard() {
        PrestartedWorker.discard();
    }

    private static List<ProcessHandle> children() {
        return ProcessHandle.current().children().toList();
    }

    private List<ProcessHandle> started() {
        return children().stream().filter(child -> !before.contains(child.pid())).toList();
    }

    private static void assertEnds(ProcessHandle process) throws Exception {
        process.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(process.isAlive());
    }

    @Test
    void theBatchsFirstWorkerIsTheProcessStartedForTheSameCommand() throws Exception {
        PrestartedWorker.startFor(List.of("reports/", "--out", newOut(), "--worker-heap", "256m"), "768m");
        List<ProcessHandle> prestarted = started();
        assertEquals(1, prestarted.size());
        try (IsolatedProcessor processor = new IsolatedProcessor(BatchSizing.of(2, 1, true), Duration.ofMinutes(1),
                "256m")) {
            processor.prepare(1);
            assertEquals(prestarted, started(), "no second process: the batch took the one already running");
        }
        assertEnds(prestarted.get(0));
    }

    @Test
    void aBatchThatWantsAnotherCommandStopsItAndStartsItsOwn() throws Exception {
        PrestartedWorker.startFor(List.of("reports/", "--out", newOut()), "256m");
        ProcessHandle prestarted = started().get(0);
        try (IsolatedProcessor processor = new IsolatedProcessor(BatchSizing.of(1, 1, true), Duration.ofMinutes(1),
                "300m")) {
            processor.prepare(1);
            assertEnds(prestarted);
            List<ProcessHandle> own = started().stream().filter(ProcessHandle::isAlive).toList();
            assertEquals(1, own.size());
            assertNotEquals(prestarted.pid(), own.get(0).pid());
        }
    }

    @Test
    void aRunThatHasNoUseForItStopsIt() throws Exception {
        PrestartedWorker.startFor(List.of("reports/", "--out", newOut()), "256m");
        ProcessHandle prestarted = started().get(0);
        PrestartedWorker.discard();
        assertEnds(prestarted);
    }

    @Test
    void noWorkerIsStartedForARunInOneJvmOrForHelp() {
        PrestartedWorker.startFor(List.of("reports/", "--out", newOut(), "--isolation", "none"), "256m");
        PrestartedWorker.startFor(List.of("reports/", "--out", newOut(), "--isolation=none"), "256m");
        PrestartedWorker.startFor(List.of("--help"), "256m");
        assertEquals(List.of(), started());
    }

    @Test
    void aRunIntoEarlierRecordsStartsNoneUnlessForced() throws Exception {
        Path out = Files.createDirectories(temp.resolve("records"));
        PrestartedWorker.startFor(List.of("reports/", "--out", out.toString()), "256m");
        List<ProcessHandle> prestarted = started();
        assertEquals(1, prestarted.size(), "an empty output directory: every input has work");
        PrestartedWorker.discard();
        assertEnds(prestarted.get(0));

        Files.writeString(out.resolve("report.json"), "{}");
        PrestartedWorker.startFor(List.of("reports/", "-o", out.toString()), "256m");
        assertEquals(List.of(), started(), "earlier records may all be up to date");
        PrestartedWorker.startFor(List.of("reports/", "--out=" + out, "--force"), "256m");
        assertEquals(1, started().size(), "--force redoes them");
    }

    @Test
    void optionValuesAreReadAsPicocliReadsThem() {
        assertEquals("1g", PrestartedWorker.optionValue(List.of("a", "--worker-heap", "1g"), "--worker-heap", "768m"));
        assertEquals("2g", PrestartedWorker.optionValue(List.of("--worker-heap=1g", "--worker-heap=2g"), "--worker-heap", "768m"));
        assertEquals("768m", PrestartedWorker.optionValue(List.of("a", "--worker-heap"), "--worker-heap", "768m"));
        assertEquals("768m", PrestartedWorker.optionValue(List.of("--", "--worker-heap", "1g"), "--worker-heap", "768m"),
                "after -- it is an input's name");
    }
}
