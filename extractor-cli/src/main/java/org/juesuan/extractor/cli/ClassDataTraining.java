package org.juesuan.extractor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the launcher's class-data archive (docs/tuning.md): one JVM, started with
 * {@code -XX:ArchiveClassesAtExit}, extracts the sample files twice, once in this JVM (what an in-process batch and
 * every worker load: readers, pipeline, JSON writer) and once isolated (what the batch JVM of a default
 * {@code extract} loads: the worker protocol, reading the workers' replies, the summary). The archive then serves
 * the batch JVM and its workers alike. Usage: {@code ClassDataTraining OUT_DIR SAMPLE...}; exits non-zero when a
 * sample did not become a report, so that the launcher does not keep the archive of a broken run.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(train(Path.of(args[0]), List.of(args).subList(1, args.length)));
    }

    /** Extracts {@code samples} in this JVM and isolated, under {@code out}; 0 when every sample became a report. */
    static int train(Path out, List<String> samples) throws Exception {
        int inProcess = ExtractorCli.run(command(samples, out.resolve("in-process"), "--isolation", "none"));
        int isolated = ExtractorCli.run(command(samples, out.resolve("isolated"), "--threads", "1"));
        return inProcess == ExtractorCli.OK && isolated == ExtractorCli.OK ? 0 : 1;
    }

    private static String[] command(List<String> samples, Path out, String... options) throws Exception {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of("extract", "--out", out.toString(), "--quiet"));
        command.addAll(List.of(options));
        command.addAll(samples);
        return command.toArray(String[]::new);
    }
}
