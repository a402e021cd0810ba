package org.juesuan.extractor.cli.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.cli.query.OutputLoader;
import org.juesuan.extractor.cli.query.QueryException;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.write.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "view", mixinStandardHelpOptions = true,
        description = {
                "Writes extract's output as HTML pages for people to read: the report's text with its sections as a "
                        + "table of contents, every fact marked at its characters (coloured by kind; key, code, value "
                        + "and source on hover or click), the 决算表 as tables, the findings linked to their sentences "
                        + "and a search over the facts. Pages are self-contained (no network) and open from file://.",
                "INPUT is one output JSON (then --out is the page to write) or extract's --out directory (then "
                        + "--out is a folder that gets index.html, a sortable list of the reports, and reports/*.html).",
                "Exit code: 0 when every record was written as a page or listed, 1 when the input JSON is an error "
                        + "record or some output in the directory cannot be read, 2 for a usage error."
        })
public final class ViewCommand implements Callable<Integer> {
    static final String REPORTS = "reports";

    @Parameters(index = "0", paramLabel = "INPUT", description = "An output JSON of extract, or extract's --out directory.")
    Path input;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
            description = "The page to write (for one JSON) or the site folder (for a directory), created if missing.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "input does not exist: " + input);
        }
        try {
            int code = Files.isDirectory(input) ? site(stdout, err) : page(stdout, err);
            return code;
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int page(PrintWriter stdout, PrintWriter err) throws IOException {
        if (Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out is a directory; for one JSON give the page to write, e.g. --out page.html");
        }
        OutputLoader.Output output;
        try {
            output = OutputLoader.read(input);
        } catch (QueryException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (output.isError()) {
            JsonNode error = output.record().path("error");
            err.printf("%s: an error record (%s: %s), no report to show%n", input, error.path("type").asText(),
                    error.path("message").asText());
            return 1;
        }
        write(out, ReportPage.render(ReportJson.toReport(output.record()), null));
        stdout.println("wrote " + out);
        return 0;
    }

    private int site(PrintWriter stdout, PrintWriter err) throws IOException {
        List<Path> files;
        try {
            files = OutputLoader.list(input);
        } catch (QueryException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out is a file; for a directory of outputs give the folder to write the site into");
        }
        List<IndexPage.Entry> entries = new ArrayList<>();
        int failed = 0;
        int pages = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".json".length());
            try {
                OutputLoader.Output output = OutputLoader.read(file);
                if (output.isError()) {
                    JsonNode error = output.record().path("error");
                    entries.add(new IndexPage.Entry(output.record().path("source").path("fileName").asText(name), null,
                            null, null, null, false, null, null, null,
                            error.path("type").asText() + ": " + error.path("message").asText()));
                    continue;
                }
                ReportDocument report = ReportJson.toReport(output.record());
                String href = REPORTS + "/" + stem + ".html";
                write(out.resolve(href), ReportPage.render(report, "../index.html"));
                pages++;
                int errors = (int) report.findings().stream().filter(f -> "error".equals(f.severity())).count();
                entries.add(new IndexPage.Entry(report.source() == null ? name : report.source().fileName(), href,
                        report.report().department(), report.report().fiscalYear(), report.report().kind(),
                        report.report().template(), report.facts().size(), report.findings().size(), errors, null));
            } catch (QueryException | IOException | RuntimeException e) {
                failed++;
                err.printf("%s: cannot be shown: %s%n", file, e.getMessage());
                entries.add(new IndexPage.Entry(name, null, null, null, null, false, null, null, null,
                        "cannot be shown: " + e.getMessage()));
            }
        }
        Path index = out.resolve("index.html");
        write(index, IndexPage.render("决算公开报告 Reports in " + input.toAbsolutePath().normalize().getFileName(), entries));
        stdout.printf("wrote %d report pages and %s (%d outputs)%n", pages, index, files.size());
        return failed == 0 ? 0 : 1;
    }

    private static void write(Path target, String html) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(target, html, StandardCharsets.UTF_8);
    }
}
