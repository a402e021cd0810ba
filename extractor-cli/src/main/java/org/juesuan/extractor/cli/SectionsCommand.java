package org.juesuan.extractor.cli;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.segment.Outline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sections", mixinStandardHelpOptions = true,
        description = {
                "Prints the section tree of each input report as an indented outline, for people to inspect: one "
                        + "section a line, two spaces per level, then its id, kind (with the table kind of a "
                        + "STATEMENT), title as printed and [start, end) offsets into the normalized text. A header "
                        + "line names the file and the report's department, fiscal year and kind (TEMPLATE for a "
                        + "blank template).",
                "Exit code: 0 when every input could be read, 1 when some could not (their error goes to stderr, "
                        + "the others are still printed), 2 for a usage error."
        })
final class SectionsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Report files (.txt .docx .doc .pdf .xlsx .xls .html) or directories, searched recursively "
                    + "for files with those extensions.")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireExisting(spec.commandLine(), inputs);
        ReportExtractor extractor = new ReportExtractor();
        int failed = 0;
        boolean first = true;
        for (Path input : InputFiles.expand(inputs, null, false).files()) {
            ExtractionOutcome outcome = extractor.extract(input);
            if (outcome instanceof ExtractionOutcome.Success success) {
                if (!first) {
                    out.println();
                }
                first = false;
                out.println("# " + input + ": " + describe(success.report().report()));
                out.print(Outline.withOffsets(success.report().sections()));
                out.flush();
            } else {
                ErrorRecord error = ((ExtractionOutcome.Failure) outcome).error();
                failed++;
                err.printf("%s: cannot be read (%s): %s%n", input, error.error().type(), error.error().message());
                err.flush();
            }
        }
        return failed == 0 ? ExtractorCli.OK : ExtractorCli.SOME_FAILED;
    }

    private static String describe(ReportInfo info) {
        String year = info.fiscalYear() == null ? "year unknown" : info.fiscalYear().toString();
        return (info.department() == null ? "department unknown" : info.department()) + ", " + year + ", "
                + (info.kind() == null ? "kind unknown" : info.kind()) + (info.scope() == null ? "" : "（" + info.scope() + "）")
                + (info.template() ? ", TEMPLATE" : "");
    }
}
