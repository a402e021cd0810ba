package org.juesuan.extractor.cli.dataset;

import org.juesuan.extractor.cli.query.OutputLoader;
import org.juesuan.extractor.cli.query.QueryCommand;
import org.juesuan.extractor.cli.query.QueryException;
import org.juesuan.extractor.cli.query.QueryViews;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {
                "Builds a research panel from the output of extract in OUTDIR: a Frictionless (Fiscal) Data Package "
                        + "in PANEL with datapackage.json and, for each resource, a CSV and a Parquet file:",
                "  departments, reports, expenditure_by_function (类/款/项), expenditure_by_economic_class, income, "
                        + "three_public, other_figures, findings.",
                "Figures come from the 决算表 where the report has them, else from the narrative (column source). "
                        + "Query the panel with: ./extractor query PANEL \"SQL\"",
                "Exit code: 0 on success, 2 for a missing or empty OUTDIR or outputs of another schema version."
        })
public final class DatasetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTDIR", description = "The --out directory of extract.")
    Path dir;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PANEL",
            description = "The directory to write the data package into (created; its files are replaced).")
    Path out;

    @Option(names = "--bom", description = "Start each CSV with a UTF-8 byte order mark, so that Excel reads the Chinese text.")
    boolean bom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Path> files = OutputLoader.list(dir);
            DepartmentRegistry departments = new DepartmentRegistry();
            try (QueryViews views = new QueryViews()) {
                for (Path file : files) {
                    OutputLoader.Output output = OutputLoader.read(file);
                    views.add(output);
                    RenameStatements.in(output.record().path("text").asText(null)).forEach(departments::renamed);
                }
                views.finish();
                org.duckdb.DuckDBConnection connection = (org.duckdb.DuckDBConnection) views.connection();
                Map<String, Long> counts = PanelBuilder.build(connection, departments);
                PanelWriter.write(connection, PanelResources.all(), out, bom);
                err.println("wrote " + out.resolve("datapackage.json") + " from " + files.size() + " output(s): "
                        + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
            err.flush();
            return 0;
        } catch (QueryException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        } catch (Exception e) {
            err.println("error: " + QueryCommand.oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return 2;
        }
    }
}
