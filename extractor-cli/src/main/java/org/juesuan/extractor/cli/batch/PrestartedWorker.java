package org.juesuan.extractor.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A worker JVM started as soon as {@code extract} begins, before the command line is parsed and the inputs are
 * listed: a JVM takes about 0.1 s to reach {@code main} and picocli as long again to parse the arguments, and a
 * single-file run waits for its worker all that time (docs/tuning.md). The process is started with the command a
 * batch of default settings would give its first worker ({@link WorkerCommand}: the quick compiler, the heap the
 * arguments name or the default); the batch's first worker takes it when its own command is the same, and any other
 * command, a batch with nothing to do, or the end of the run stops it. A worker also exits by itself when this
 * process is gone ({@link WorkerMain}). It is started only when the batch surely has work: {@code --force}, or an
 * output directory that is not there yet or empty. A rerun into earlier records may find them all up to date, and a
 * worker started and stopped for nothing made such a rerun of the nine corpus files half again as slow.
 */
public final class PrestartedWorker {
    private static List<String> command;
    private static Process process;

    private PrestartedWorker() {
    }

    /**
     * Starts the worker a batch of these {@code extract} arguments would most likely use first, unless they ask for
     * no worker ({@code --isolation none}) or only for help. Never fails: without a process the batch starts its own.
     */
    public static synchronized void startFor(List<String> extractArguments, String defaultWorkerHeap) {
        if (process != null || !wantsWorkers(extractArguments)) {
            return;
        }
        String heap = optionValue(extractArguments, "--worker-heap", defaultWorkerHeap);
        command = WorkerCommand.of(heap, new BatchSizing(1, true), WorkerMain.class);
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException | RuntimeException e) {
            process = null; // the batch starts its own and reports what goes wrong then
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PrestartedWorker::discard, "discard-prestarted-worker"));
    }

    /** The prestarted process if it was started with {@code wanted}, else none (and a mismatched one is stopped). */
    static synchronized Process take(List<String> wanted) {
        Process taken = process;
        process = null;
        if (taken != null && !wanted.equals(command)) {
            taken.destroyForcibly();
            return null;
        }
        return taken;
    }

    /** Stops a prestarted worker no batch took. */
    public static synchronized void discard() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }

    private static boolean wantsWorkers(List<String> arguments) {
        return !arguments.contains("--help") && !arguments.contains("-h")
                && !"none".equals(optionValue(arguments, "--isolation", "process"))
                && (arguments.contains("--force") || isNewOutput(outputDirectory(arguments)));
    }

    private static String outputDirectory(List<String> arguments) {
        String out = optionValue(arguments, "--out", null);
        return out != null ? out : optionValue(arguments, "-o", null);
    }

    /** A directory with no records in it yet; not when the name is unknown or the directory cannot be read. */
    private static boolean isNewOutput(String directory) {
        if (directory == null) {
            return false;
        }
        try {
            Path path = Path.of(directory);
            if (!Files.exists(path)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(path)) {
                return entries.findAny().isEmpty();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, the last one given, as picocli takes it. */
    static String optionValue(List<String> arguments, String name, String otherwise) {
        String value = otherwise;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--")) {
                break;
            }
            if (argument.equals(name) && i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else if (argument.startsWith(name + "=")) {
                value = argument.substring(name.length() + 1);
            }
        }
        return value;
    }
}
