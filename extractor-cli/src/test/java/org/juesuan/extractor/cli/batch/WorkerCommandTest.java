package org.juesuan.extractor.cli.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerCommandTest {
    /** One worker with a large batch: both compilers. */
    private static final BatchSizing MANY_FILES = BatchSizing.of(1, 5000, true);

    @TempDir
    Path temp;

    @Test
    void theUsersOptionsReachTheWorkerAndItsOwnHeapWins() {
        List<String> command = WorkerCommand.of("512m", MANY_FILES, WorkerMain.class, " -Xmx4g  -XX:+UseParallelGC -Dx=y ", null);
        assertTrue(command.containsAll(List.of("-Xmx4g", "-XX:+UseParallelGC", "-Dx=y")), command.toString());
        assertFalse(command.contains("-XX:+UseSerialGC"), "the user's collector, not two: " + command);
        assertTrue(command.lastIndexOf("-Xmx512m") > command.indexOf("-Xmx4g"), "the later -Xmx is the one the JVM takes");
        assertEquals(WorkerMain.class.getName(), command.get(command.size() - 1));
    }

    @Test
    void withoutUserOptionsTheWorkerUsesTheSerialCollector() {
        List<String> command = WorkerCommand.of("768m", MANY_FILES, WorkerMain.class, null, null);
        assertTrue(command.contains("-XX:+UseSerialGC"), command.toString());
        assertTrue(command.contains("-Xmx768m"), command.toString());
    }

    @Test
    void theClassDataArchiveIsUsedOnlyWhenItExists() throws IOException {
        Path archive = temp.resolve("extractor.jsa");
        assertTrue(WorkerCommand.of("768m", MANY_FILES, WorkerMain.class, null, archive.toString()).stream()
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile")), "a missing archive is left out");
        Files.writeString(archive, "not an archive"); // the JVM itself passes over an archive that does not fit
        assertTrue(WorkerCommand.of("768m", MANY_FILES, WorkerMain.class, null, archive.toString())
                .contains("-XX:SharedArchiveFile=" + archive));
    }

    @Test
    void aWorkerWithFewFilesUsesTheQuickCompilerUnlessTheUserSaysOtherwise() {
        BatchSizing oneFile = BatchSizing.of(1, 1, true);
        assertTrue(WorkerCommand.of("768m", oneFile, WorkerMain.class, null, null).contains("-XX:TieredStopAtLevel=1"));
        assertFalse(WorkerCommand.of("768m", MANY_FILES, WorkerMain.class, null, null).contains("-XX:TieredStopAtLevel=1"));
        List<String> user = WorkerCommand.of("768m", oneFile, WorkerMain.class, "-XX:TieredStopAtLevel=4", null);
        assertTrue(user.lastIndexOf("-XX:TieredStopAtLevel=4") > user.indexOf("-XX:TieredStopAtLevel=1"),
                "the user's own setting comes later, so the JVM takes it: " + user);
    }
}
