package org.juesuan.extractor.cli;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.write.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Reads each input report and writes one JSON file per input into the output directory: the report "
                        + "(normalized text, blocks, sections, facts, findings) or, for an input that cannot be read, "
                        + "an error record {schemaVersion, source, error: {type, message}}. A bad input never stops "
                        + "the batch.",
                "Exit code: 0 when every input became a report, 1 when some inputs gave error records, 2 for a "
                        + "usage error (then nothing is written)."
        })
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Report files (.txt .docx .doc .pdf .xlsx .xls .html) or directories, searched recursively "
                    + "for files with those extensions.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output directory, created if missing. Each input INPUT/x.pdf is written to DIR/x.json "
                    + "(DIR/x.pdf.json when several inputs are named x).")
    Path out;

    @Option(names = "--all-files",
            description = "In directories, take every file as an input, not only those with document extensions.")
    boolean allFiles;

    @Option(names = {"-q", "--quiet"}, description = "Print only the final summary, not a line per input.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "input does not exist: " + input);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out is not a directory: " + out);
        }
        InputFiles.Expansion expansion = InputFiles.expand(inputs, out, allFiles);
        Files.createDirectories(out);
        Map<Path, String> names = OutputNames.assign(expansion.files());
        ReportExtractor extractor = new ReportExtractor();
        int total = expansion.files().size();
        int done = 0;
        int reports = 0;
        Map<String, Integer> errors = new TreeMap<>();
        long started = System.nanoTime();
        for (Path input : expansion.files()) {
            ExtractionOutcome outcome = extractor.extract(input);
            Path target = out.resolve(names.get(input));
            ReportJson.write(outcome.record(), target);
            done++;
            if (outcome instanceof ExtractionOutcome.Success success) {
                reports++;
                progress(err, done, total, input, target, describe(success.report()));
            } else {
                ErrorRecord error = ((ExtractionOutcome.Failure) outcome).error();
                errors.merge(error.error().type(), 1, Integer::sum);
                progress(err, done, total, input, target,
                        "ERROR " + error.error().type() + ": " + error.error().message());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        err.printf("%d input(s): %d report(s), %d error record(s)%s in %ds; written to %s%n", total, reports,
                total - reports, errors.isEmpty() ? "" : " " + errors, seconds, out);
        if (!expansion.skipped().isEmpty()) {
            err.printf("skipped %d file(s) without a document extension, e.g. %s (use --all-files to include them)%n",
                    expansion.skipped().size(), expansion.skipped().get(0));
        }
        err.flush();
        return reports == total ? ExtractorCli.OK : ExtractorCli.SOME_FAILED;
    }

    private void progress(PrintWriter err, int done, int total, Path input, Path target, String what) {
        if (!quiet) {
            err.printf("[%d/%d] %s -> %s: %s%n", done, total, input, target.getFileName(), what);
            err.flush();
        }
    }

    private static String describe(ReportDocument report) {
        Integer pages = report.source().pages();
        return report.source().format() + ", " + report.blocks().size() + " blocks"
                + (pages == null ? "" : ", " + pages + " pages");
    }
}
