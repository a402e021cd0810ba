package org.juesuan.extractor.cli.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of a worker JVM: this Java; the user's JVM options ({@value #JAVA_OPTS}, split at white space as
 * the launcher's shell splits them); the serial collector unless those options choose a collector (a worker runs
 * one file at a time, and the serial collector costs the least CPU and memory there); the quick compiler only, for a
 * worker with few files ({@link BatchSizing}), placed before the user's options so that theirs win; the class-data
 * archive the launcher made, when there is one ({@value #ARCHIVE_PROPERTY}); then the worker's own heap and crash
 * settings, last, so that they win over the user's.
 */
final class WorkerCommand {
    static final String JAVA_OPTS = "EXTRACTOR_JAVA_OPTS";
    /** The class-data archive (AppCDS) of the launcher's jar; the JVM passes over one that does not fit the jar. */
    static final String ARCHIVE_PROPERTY = "extractor.classDataArchive";
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    private WorkerCommand() {
    }

    static List<String> of(String workerHeap, BatchSizing sizing, Class<?> mainClass) {
        return of(workerHeap, sizing, mainClass, System.getenv(JAVA_OPTS), System.getProperty(ARCHIVE_PROPERTY));
    }

    static List<String> of(String workerHeap, BatchSizing sizing, Class<?> mainClass, String userOptions,
                           String archive) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        List<String> user = userOptions == null || userOptions.isBlank() ? List.of()
                : Arrays.asList(userOptions.strip().split("\\s+"));
        if (user.stream().noneMatch(option -> option.matches("-XX:\\+Use\\w*GC"))) {
            command.add("-XX:+UseSerialGC");
        }
        if (sizing.quickCompiler()) {
            command.add(QUICK_COMPILER);
        }
        command.addAll(user);
        if (archive != null && Files.isRegularFile(Path.of(archive))) {
            // a stale or foreign archive is dropped by the JVM itself; these keep it from saying so on every start
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-Xmx" + workerHeap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        return command;
    }
}
