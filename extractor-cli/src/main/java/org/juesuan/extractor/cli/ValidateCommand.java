package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.Provenance;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.validate.Validator;
import org.juesuan.extractor.write.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
                "Checks each report's facts against the validation rules (docs/validation.md: totals and their parts, "
                        + "shares, year-over-year changes, budget completion, unit misprints, figures stated twice "
                        + "with different values, template residue, unknown codes) and prints the findings grouped by "
                        + "severity, each with the sentence it quotes.",
                "FILE is a report (.txt .docx .doc .pdf .xlsx .xls .html), a directory searched for reports, or a "
                        + "report JSON written by `extract` (its facts are validated again with the current rules).",
                "Exit code: 0 when no finding has severity error, 1 when some do (or an input cannot be read), "
                        + "2 for a usage error."
        })
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Reports, directories of reports, or report JSON files written by extract.")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireExisting(spec.commandLine(), inputs);
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input) && isJson(input)) {
                files.add(input);
            } else {
                files.addAll(InputFiles.expand(List.of(input), null, false).files());
            }
        }
        ReportExtractor extractor = new ReportExtractor();
        Validator validator = new Validator();
        boolean errors = false;
        boolean unreadable = false;
        boolean first = true;
        for (Path file : files) {
            List<Finding> findings;
            String header;
            try {
                if (isJson(file)) {
                    JsonNode root = ReportJson.readTree(file);
                    if (root.has("error")) {
                        err.printf("%s: an error record (%s), nothing to validate%n", file, root.path("error").path("type").asText());
                        unreadable = true;
                        continue;
                    }
                    List<Fact> facts = ReportJson.facts(root);
                    findings = root.path("report").path("template").asBoolean(false) ? List.of() : validator.validate(facts);
                    header = describe(root.path("report").path("department").asText(null),
                            root.path("report").path("fiscalYear").isNumber() ? root.path("report").path("fiscalYear").asInt() : null);
                } else {
                    ExtractionOutcome outcome = extractor.extract(file);
                    if (outcome instanceof ExtractionOutcome.Failure failure) {
                        ErrorRecord error = failure.error();
                        err.printf("%s: cannot be read (%s): %s%n", file, error.error().type(), error.error().message());
                        unreadable = true;
                        continue;
                    }
                    ReportDocument report = ((ExtractionOutcome.Success) outcome).report();
                    findings = report.findings();
                    header = describe(report.report().department(), report.report().fiscalYear());
                }
            } catch (IOException | RuntimeException e) {
                err.printf("%s: cannot be read: %s%n", file, e.getMessage());
                unreadable = true;
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            print(out, file, header, findings);
            errors |= findings.stream().anyMatch(f -> "error".equals(f.severity()));
            out.flush();
        }
        err.flush();
        return errors || unreadable ? ExtractorCli.SOME_FAILED : ExtractorCli.OK;
    }

    static void print(PrintWriter out, Path file, String header, List<Finding> findings) {
        long e = count(findings, "error");
        long w = count(findings, "warning");
        long i = count(findings, "info");
        out.printf("# %s: %s — %d error(s), %d warning(s), %d info%n", file, header, e, w, i);
        if (findings.isEmpty()) {
            out.println("no findings");
            return;
        }
        for (String severity : SEVERITIES) {
            List<Finding> group = findings.stream().filter(f -> severity.equals(f.severity())).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.printf("%s (%d)%n", severity.toUpperCase(Locale.ROOT), group.size());
            for (Finding f : group) {
                out.printf("  [%s] %s%n", f.rule(), f.message());
                if (f.messageEn() != null) {
                    out.printf("      %s%n", f.messageEn());
                }
                for (Provenance p : f.provenance()) {
                    out.printf("      §%s%s “%s”%n", p.section() == null ? "?" : p.section(),
                            p.page() == null ? "" : " p." + p.page(), p.text() == null ? "" : p.text().strip());
                }
            }
        }
    }

    private static long count(List<Finding> findings, String severity) {
        return findings.stream().filter(f -> severity.equals(f.severity())).count();
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String describe(String department, Integer year) {
        return (department == null ? "department unknown" : department) + ", " + (year == null ? "year unknown" : year);
    }
}
