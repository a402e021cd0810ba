package org.juesuan.extractor.eval;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Scores the extractor against the gold: every gold document is extracted from its source and from each of its
 * office versions in {@code fixtures/seeds/} (same base name, .docx .doc .html .pdf), and each input's facts are
 * compared with the gold's.
 */
public final class Evaluation {
    private static final List<String> VARIANTS = List.of("docx", "doc", "html", "pdf");

    private final ReportExtractor extractor = new ReportExtractor();

    /** The inputs a gold document is scored on: its source and the office versions of it that exist. */
    public static List<Path> inputs(GoldDocument gold, Path repoRoot) {
        List<Path> inputs = new ArrayList<>();
        Path source = repoRoot.resolve(gold.source());
        if (Files.exists(source)) {
            inputs.add(source);
        }
        for (String extension : VARIANTS) {
            Path variant = repoRoot.resolve("fixtures").resolve("seeds").resolve(gold.document() + "." + extension);
            if (Files.exists(variant) && !variant.equals(source)) {
                inputs.add(variant);
            }
        }
        return inputs;
    }

    /** Extracts and scores every input; {@code onReport} sees each report (e.g. to write it out). */
    public List<DocumentScore> run(List<GoldDocument> golds, Path repoRoot, BiConsumer<Path, Object> onReport) {
        List<DocumentScore> scores = new ArrayList<>();
        for (GoldDocument gold : golds) {
            for (Path input : inputs(gold, repoRoot)) {
                ExtractionOutcome outcome = extractor.extract(input);
                onReport.accept(input, outcome.record());
                Set<FactIdentity> predicted = new LinkedHashSet<>();
                if (outcome instanceof ExtractionOutcome.Success success) {
                    predicted.addAll(identities(success.report()));
                }
                scores.add(DocumentScore.of(gold.document(), repoRoot.relativize(input.toAbsolutePath()).toString(),
                        gold.facts(), predicted));
            }
        }
        return scores;
    }

    /**
     * The report's facts as scored: the gold (fixtures/gold) holds the narrative's figures, so table facts are
     * left out here; they are checked against hand transcriptions of the tables (fixtures/tables) instead.
     */
    public static Set<FactIdentity> identities(ReportDocument report) {
        return identities(report, false);
    }

    /** The identities of the report's 决算表 facts ({@code table.*}). */
    public static Set<FactIdentity> tableIdentities(ReportDocument report) {
        return identities(report, true);
    }

    private static Set<FactIdentity> identities(ReportDocument report, boolean tables) {
        Set<FactIdentity> set = new LinkedHashSet<>();
        for (Fact fact : report.facts()) {
            if ("table".equals(fact.source()) == tables) {
                set.add(FactIdentity.of(fact.key(), fact.code(), fact.value(), fact.unit()));
            }
        }
        return set;
    }

    public static Map<String, Score> byKey(List<DocumentScore> scores) {
        Map<String, Score> total = new TreeMap<>();
        for (DocumentScore score : scores) {
            score.byKey().forEach((key, s) -> total.merge(key, s, Score::plus));
        }
        return total;
    }

    public static Score overall(List<DocumentScore> scores) {
        return scores.stream().map(DocumentScore::total).reduce(Score.ZERO, Score::plus);
    }
}
