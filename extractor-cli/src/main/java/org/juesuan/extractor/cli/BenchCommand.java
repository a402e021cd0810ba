package org.juesuan.extractor.cli;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.juesuan.extractor.cli.batch.BatchOptions;
import org.juesuan.extractor.cli.batch.BatchRunner;
import org.juesuan.extractor.cli.batch.DefaultThreads;
import org.juesuan.extractor.cli.batch.Progress;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.pipeline.StageTotals;
import org.juesuan.extractor.write.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
                "Measures the full pipeline (read, normalize, segment, extract, validate, JSON serialization) against "
                        + "plain Apache Tika text extraction (AutoDetectParser to a string) on the same files, in rounds "
                        + "that alternate the two (A B A B), and within a round every --chunk documents (A B, then B A), "
                        + "so that a change in the machine's load hits both: the median and spread of documents/s, MB/s, "
                        + "CPU and peak heap of each, and the median of the rounds' time ratios pipeline/Tika.",
                "With --extract each round also runs the real extract batch on the same files, with worker JVMs "
                        + "(--isolation process) and in this JVM (--isolation none), and reports its time and CPU "
                        + "(the workers' included).",
                "The corpus is N documents cycled from the sample files (default: corpora/ and fixtures/seeds/). "
                        + "Set the heap with EXTRACTOR_JAVA_OPTS=-Xmx512m."
        })
final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-n", "--docs"}, paramLabel = "N", defaultValue = "200",
            description = "Documents in the corpus (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Threads (default: the number of cores, ${DEFAULT-VALUE}; for the extract batch with "
                    + "workers, extract's default).")
    Integer threads;

    @Option(names = {"-r", "--rounds"}, paramLabel = "N", defaultValue = "3",
            description = "Measured rounds, each running every phase once (default ${DEFAULT-VALUE}), after a warm-up.")
    int rounds;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "100",
            description = "Within a round, plain Tika and the pipeline take turns every N documents (default "
                    + "${DEFAULT-VALUE}), each phase's times summed; the order flips every turn.")
    int chunk;

    @Option(names = "--extract", description = "Also time the extract batch, isolated and in this JVM, each round.")
    boolean extract;

    @Option(names = "--from", paramLabel = "DIR", split = ",",
            description = "Directories of sample files (default: corpora,fixtures/seeds).")
    List<Path> from = List.of(Path.of("corpora"), Path.of("fixtures", "seeds"));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One measured run of a phase. {@code cpuSeconds} includes the CPU of child processes that ended. */
    record Measurement(int documents, long bytes, double seconds, double cpuSeconds, long peakHeapBytes) {
        static final Measurement NONE = new Measurement(0, 0, 0, 0, 0);

        /** Two runs of a phase as one: counts and times summed, the higher peak. */
        Measurement plus(Measurement other) {
            return new Measurement(documents + other.documents, bytes + other.bytes, seconds + other.seconds,
                    cpuSeconds + other.cpuSeconds, Math.max(peakHeapBytes, other.peakHeapBytes));
        }

        double docsPerSecond() {
            return documents / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** What a round runs: a name and the work over the whole corpus. */
    private record Phase(String name, Consumer<List<Path>> work) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (docs < 1 || threadCount < 1 || rounds < 1 || chunk < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--docs, --threads, --rounds and --chunk must be at least 1");
        }
        List<Path> samples = samples();
        if (samples.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no sample documents in " + from);
        }
        List<Path> corpus = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) {
            corpus.add(samples.get(i % samples.size()));
        }
        ReportExtractor extractor = new ReportExtractor();
        AutoDetectParser tika = new AutoDetectParser();
        StageTotals stages = new StageTotals();
        List<Phase> inJvm = List.of(
                new Phase("plain Tika", files -> parallel(files, threadCount, file -> plainTika(tika, file))),
                new Phase("full pipeline", files -> parallel(files, threadCount, file -> pipeline(extractor, file, stages))));
        List<Phase> batches = new ArrayList<>();
        Path work = null;
        if (extract) {
            work = Files.createTempDirectory("extractor-bench");
            List<Path> linked = linkedCorpus(corpus, work.resolve("in"));
            int workers = threads != null ? threads : DefaultThreads.of(true, 768L << 20);
            batches.add(new Phase("extract process", files -> batch(linked, true, workers)));
            batches.add(new Phase("extract none", files -> batch(linked, false, threadCount)));
        }
        out.printf("corpus: %d documents cycled from %d sample files; %d thread(s); %d round(s), turns of %d documents; "
                        + "max heap %d MB; %s; load average %.2f%n", docs, samples.size(), threadCount, rounds, chunk,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        try {
            // warm-up: class loading and JIT for both, on every sample once
            measure(inJvm.get(0), samples);
            measure(inJvm.get(1), samples);
            Map<String, List<Measurement>> results = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                inTurns(inJvm, corpus).forEach((name, m) -> results.computeIfAbsent(name, k -> new ArrayList<>()).add(m));
                for (Phase phase : batches) {
                    results.computeIfAbsent(phase.name(), k -> new ArrayList<>()).add(measure(phase, corpus));
                }
            }
            print(out, results);
            out.println("full pipeline by stage (seconds, summed over threads and rounds, warm-up included): "
                    + stages.seconds().entrySet().stream()
                    .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
        out.printf("load average at the end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return ExtractorCli.OK;
    }

    /**
     * One round of the phases over the corpus, taking turns every {@link #chunk} documents (A B, then B A, …), so
     * that a slow drift in the machine's load falls on both alike; each phase's turns summed.
     */
    private Map<String, Measurement> inTurns(List<Phase> phases, List<Path> corpus) throws InterruptedException {
        Map<String, Measurement> sums = new LinkedHashMap<>();
        phases.forEach(phase -> sums.put(phase.name(), Measurement.NONE));
        for (int from = 0, turn = 0; from < corpus.size(); from += chunk, turn++) {
            List<Path> part = corpus.subList(from, Math.min(corpus.size(), from + chunk));
            List<Phase> order = new ArrayList<>(phases);
            if (turn % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Phase phase : order) {
                sums.merge(phase.name(), measure(phase, part), Measurement::plus);
            }
        }
        return sums;
    }

    private static void print(PrintWriter out, Map<String, List<Measurement>> results) {
        out.printf("%-16s %6s %18s %8s %7s %18s %10s%n", "phase", "docs", "seconds med (min-max)", "docs/s", "MB/s",
                "CPU-s med (min-max)", "peak heap");
        results.forEach((name, runs) -> {
            double seconds = median(runs.stream().mapToDouble(Measurement::seconds).toArray());
            double cpu = median(runs.stream().mapToDouble(Measurement::cpuSeconds).toArray());
            Measurement first = runs.get(0);
            out.printf("%-16s %6d %7.2f (%.2f-%.2f) %8.1f %7.2f %7.2f (%.2f-%.2f) %7d MB%n", name, first.documents(),
                    seconds, min(runs, Measurement::seconds), max(runs, Measurement::seconds), first.documents() / seconds,
                    first.bytes() / 1e6 / seconds, cpu, min(runs, Measurement::cpuSeconds),
                    max(runs, Measurement::cpuSeconds), runs.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0) >> 20);
        });
        ratio(out, results, "full pipeline", "plain Tika");
        ratio(out, results, "extract process", "extract none");
    }

    /** The median and spread of the rounds' ratios of two phases (each round's pair ran back to back). */
    private static void ratio(PrintWriter out, Map<String, List<Measurement>> results, String a, String b) {
        if (!results.containsKey(a) || !results.containsKey(b)) {
            return;
        }
        List<Measurement> as = results.get(a);
        List<Measurement> bs = results.get(b);
        double[] time = new double[as.size()];
        double[] cpu = new double[as.size()];
        for (int i = 0; i < as.size(); i++) {
            time[i] = as.get(i).seconds() / bs.get(i).seconds();
            cpu[i] = as.get(i).cpuSeconds() / bs.get(i).cpuSeconds();
        }
        out.printf("ratio %s / %s: time %.2f (rounds %s), CPU %.2f (rounds %s)%n", a, b, median(time), list(time),
                median(cpu), list(cpu));
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("%.2f", v));
        }
        return s.toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Measurement> runs, java.util.function.ToDoubleFunction<Measurement> f) {
        return runs.stream().mapToDouble(f).min().orElse(0);
    }

    private static double max(List<Measurement> runs, java.util.function.ToDoubleFunction<Measurement> f) {
        return runs.stream().mapToDouble(f).max().orElse(0);
    }

    private List<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : from) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(InputFiles::isDocument)
                        .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            }
        }
        return files;
    }

    /** The corpus as distinct files for the batch (hard links, or copies where links cannot be made). */
    private static List<Path> linkedCorpus(List<Path> corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            Path source = corpus.get(i).toAbsolutePath();
            Path target = dir.resolve(String.format("%05d-%s", i, source.getFileName()));
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target);
            }
            files.add(target);
        }
        return files;
    }

    /** The extract batch as the CLI runs it, every input redone, into a fresh output directory. */
    private static void batch(List<Path> inputs, boolean isolated, int threads) {
        try {
            Path outDir = Files.createTempDirectory(inputs.get(0).getParent().getParent(), "out");
            BatchOptions options = new BatchOptions(threads, isolated, Duration.ofMinutes(5), "768m", true, false,
                    null, null);
            new BatchRunner(options, new Progress(new PrintWriter(Writer.nullWriter()), Progress.Mode.QUIET))
                    .run(inputs, OutputNames.assign(inputs), outDir, 0);
            deleteTree(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void plainTika(AutoDetectParser tika, Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            tika.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
        } catch (Exception e) {
            // a sample Tika cannot parse costs what it cost; the pipeline meets the same file
        }
    }

    private static void pipeline(ReportExtractor extractor, Path file, StageTotals stages) {
        try (OutputStream sink = OutputStream.nullOutputStream()) {
            ExtractionOutcome outcome = extractor.extract(file);
            stages.add(outcome.timings());
            ReportJson.mapper().writeValue(sink, outcome.record());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parallel(List<Path> files, int threads, Consumer<Path> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> work.accept(file)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private Measurement measure(Phase phase, List<Path> files) throws InterruptedException {
        System.gc();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long bytes = files.stream().mapToLong(BenchCommand::size).sum();
        double cpuBefore = ProcessCpu.seconds();
        long started = System.nanoTime();
        phase.work().accept(files);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = ProcessCpu.seconds() - cpuBefore;
        running.set(false);
        sampler.join();
        return new Measurement(files.size(), bytes, seconds, cpu, peak.get());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the bench
        }
    }
}
