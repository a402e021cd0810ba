package org.juesuan.extractor.cli;

import org.juesuan.extractor.eval.DocumentScore;
import org.juesuan.extractor.eval.Evaluation;
import org.juesuan.extractor.eval.FactIdentity;
import org.juesuan.extractor.eval.GoldDocument;
import org.juesuan.extractor.eval.Score;
import org.juesuan.extractor.eval.VariantAgreement;
import org.juesuan.extractor.write.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
                "Scores the narrative facts against the hand-checked gold standard: each gold document is extracted "
                        + "from its source and from its office versions in fixtures/seeds/, and precision, recall and "
                        + "F1 are printed per input, per key and overall, with the facts missed and the false facts.",
                "The extracted reports and eval.json (all scores, misses and false facts) are written to --out.",
                "With --variants, also scores text variants of the PDF reports (pdftotext, pdftotext -layout, PDFBox "
                        + "text, flattened text, HTML) against the facts of the PDF itself, per file and per variant."
        })
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold files (*.json).")
    Path gold;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where reports and eval.json go.")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Repository root the gold files' sources are relative to (default: two levels above --gold).")
    Path root;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "Misses and false facts printed per input (default ${DEFAULT-VALUE}; all are in eval.json).")
    int show;

    @Option(names = "--variants", paramLabel = "DIR",
            description = "Directory of text variants of PDF reports (e.g. fixtures/variants): each is scored against "
                    + "its PDF's facts.")
    Path variants;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        if (!Files.isDirectory(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gold is not a directory: " + gold);
        }
        Path repo = root != null ? root : gold.toAbsolutePath().normalize().getParent().getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(gold)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no gold files (*.json) in " + gold);
        }
        Files.createDirectories(out);
        List<DocumentScore> scores = new Evaluation().run(GoldDocument.readAll(files), repo, (input, record) -> {
            try {
                ReportJson.write(record, out.resolve(input.getFileName() + ".json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        console.printf("%-52s %5s %5s %5s %7s %7s %7s%n", "input", "gold", "pred", "tp", "P", "R", "F1");
        for (DocumentScore score : scores) {
            Score s = score.total();
            console.printf("%-52s %5d %5d %5d %7.3f %7.3f %7.3f%n", score.input(), s.truePositives() + s.falseNegatives(),
                    s.truePositives() + s.falsePositives(), s.truePositives(), s.precision(), s.recall(), s.f1());
        }
        console.printf("%n%-40s %5s %5s %5s %7s %7s %7s%n", "key", "gold", "pred", "tp", "P", "R", "F1");
        Evaluation.byKey(scores).forEach((key, s) -> console.printf("%-40s %5d %5d %5d %7.3f %7.3f %7.3f%n", key,
                s.truePositives() + s.falseNegatives(), s.truePositives() + s.falsePositives(), s.truePositives(),
                s.precision(), s.recall(), s.f1()));
        Score overall = Evaluation.overall(scores);
        console.printf("%noverall: precision %.4f, recall %.4f, F1 %.4f (%d inputs)%n", overall.precision(),
                overall.recall(), overall.f1(), scores.size());
        for (DocumentScore score : scores) {
            if (score.misses().isEmpty() && score.falseFacts().isEmpty()) {
                continue;
            }
            console.printf("%n%s%n", score.input());
            score.misses().stream().limit(show).forEach(f -> console.println("  missed " + f));
            score.falseFacts().stream().limit(show).forEach(f -> console.println("  false  " + f));
        }
        Map<String, Object> json = json(scores, overall);
        if (variants != null) {
            json.put("variants", variantAgreement(console, repo));
        }
        ReportJson.write(json, out.resolve("eval.json"));
        console.flush();
        return ExtractorCli.OK;
    }

    private List<Map<String, Object>> variantAgreement(PrintWriter console, Path repo) throws IOException {
        if (!Files.isDirectory(variants)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--variants is not a directory: " + variants);
        }
        Path reports = out.resolve("variants");
        Files.createDirectories(reports);
        VariantAgreement.Agreement agreement = new VariantAgreement().score(VariantAgreement.find(variants, repo), (input, record) -> {
            try {
                ReportJson.write(record, reports.resolve(input.getFileName() + ".json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<DocumentScore> scores = agreement.narrative();
        console.printf("%nagreement of text variants with their PDF's narrative facts (the PDF's facts as reference)%n");
        printAgreement(console, scores);
        Map<String, Score> byVariant = new TreeMap<>();
        scores.forEach(score -> byVariant.merge(VariantAgreement.variantOf(score), score.total(), Score::plus));
        console.printf("%n%-20s %7s %7s %7s%n", "variant", "P", "R", "F1");
        byVariant.forEach((variant, s) -> console.printf("%-20s %7.3f %7.3f %7.3f%n", variant, s.precision(),
                s.recall(), s.f1()));
        console.printf("%nagreement of text variants with their PDF's 决算表 facts (table.*; the PDF's as reference)%n");
        printAgreement(console, agreement.tables());
        for (DocumentScore score : scores) {
            if (score.misses().isEmpty() && score.falseFacts().isEmpty()) {
                continue;
            }
            console.printf("%n%s%n", score.input());
            score.misses().stream().limit(show).forEach(f -> console.println("  missed " + f));
            score.falseFacts().stream().limit(show).forEach(f -> console.println("  false  " + f));
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            DocumentScore s = scores.get(i);
            Map<String, Object> m = new LinkedHashMap<>(scoreMap(s.total()));
            m.put("input", s.input());
            m.put("document", s.document());
            m.put("variant", VariantAgreement.variantOf(s));
            m.put("misses", s.misses().stream().map(FactIdentity::toString).toList());
            m.put("falseFacts", s.falseFacts().stream().map(FactIdentity::toString).toList());
            m.put("tables", scoreMap(agreement.tables().get(i).total()));
            json.add(m);
        }
        return json;
    }

    private static void printAgreement(PrintWriter console, List<DocumentScore> scores) {
        console.printf("%-52s %5s %5s %5s %7s %7s %7s%n", "variant", "pdf", "pred", "tp", "P", "R", "F1");
        for (DocumentScore score : scores) {
            Score s = score.total();
            console.printf("%-52s %5d %5d %5d %7.3f %7.3f %7.3f%n", score.input(), s.truePositives() + s.falseNegatives(),
                    s.truePositives() + s.falsePositives(), s.truePositives(), s.precision(), s.recall(), s.f1());
        }
    }

    private static Map<String, Object> json(List<DocumentScore> scores, Score overall) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overall", scoreMap(overall));
        Map<String, Object> keys = new LinkedHashMap<>();
        Evaluation.byKey(scores).forEach((key, s) -> keys.put(key, scoreMap(s)));
        json.put("byKey", keys);
        json.put("inputs", scores.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>(scoreMap(s.total()));
            m.put("input", s.input());
            m.put("document", s.document());
            m.put("misses", s.misses().stream().map(FactIdentity::toString).toList());
            m.put("falseFacts", s.falseFacts().stream().map(FactIdentity::toString).toList());
            return m;
        }).toList());
        return json;
    }

    private static Map<String, Object> scoreMap(Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("truePositives", s.truePositives());
        m.put("falsePositives", s.falsePositives());
        m.put("falseNegatives", s.falseNegatives());
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        return m;
    }
}
