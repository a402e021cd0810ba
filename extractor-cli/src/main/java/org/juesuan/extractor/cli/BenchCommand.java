package org.juesuan.extractor.cli;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
                        + "plain Apache Tika text extraction (AutoDetectParser to a string) on the same files, in one "
                        + "run: documents/s, MB/s and peak heap of each, and the time ratio pipeline/Tika.",
                "The corpus is N documents cycled from the sample files (default: corpora/ and fixtures/seeds/). "
                        + "Both run in this JVM on the same threads; set the heap with EXTRACTOR_JAVA_OPTS=-Xmx512m."
        })
final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-n", "--docs"}, paramLabel = "N", defaultValue = "200",
            description = "Documents in the corpus (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--from", paramLabel = "DIR", split = ",",
            description = "Directories of sample files (default: corpora,fixtures/seeds).")
    List<Path> from = List.of(Path.of("corpora"), Path.of("fixtures", "seeds"));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One measured phase. */
    record Measurement(String name, int documents, long bytes, double seconds, long peakHeapBytes) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (docs < 1 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs and --threads must be at least 1");
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
        out.printf("corpus: %d documents cycled from %d sample files; %d thread(s); max heap %d MB; %s%n", docs,
                samples.size(), threads, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name")
                        + " " + System.getProperty("java.version"));
        out.flush();
        // warm-up: class loading and JIT for both, on every sample once
        measure("warm-up", samples, file -> plainTika(tika, file));
        measure("warm-up", samples, file -> pipeline(extractor, file, new StageTotals()));

        Measurement plain = measure("plain Tika", corpus, file -> plainTika(tika, file));
        StageTotals stages = new StageTotals();
        Measurement full = measure("full pipeline", corpus, file -> pipeline(extractor, file, stages));
        out.printf("%-14s %6s %8s %9s %8s %10s%n", "phase", "docs", "seconds", "docs/s", "MB/s", "peak heap");
        for (Measurement m : List.of(plain, full)) {
            out.printf("%-14s %6d %8.2f %9.1f %8.2f %7d MB%n", m.name(), m.documents(), m.seconds(),
                    m.docsPerSecond(), m.megabytesPerSecond(), m.peakHeapBytes() >> 20);
        }
        out.printf("ratio full pipeline / plain Tika (time): %.2f%n", full.seconds() / plain.seconds());
        out.println("full pipeline by stage (seconds, summed over threads): " + stages.seconds().entrySet().stream()
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        out.flush();
        return ExtractorCli.OK;
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

    private Measurement measure(String name, List<Path> files, Consumer<Path> work) throws InterruptedException {
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
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
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        return new Measurement(name, files.size(), bytes, seconds, peak.get());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
