package org.juesuan.extractor.eval;

import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Scores text variants of a PDF report (fixtures/variants: pdftotext, pdftotext -layout, PDFBox text, a flattened
 * copy, an HTML page) against the PDF itself: the narrative facts extracted from the variant compared with those
 * extracted from the PDF, by the same identity as the gold eval (key, code, value). A variant file is named
 * {@code <document>.<variant>.txt} or {@code <document>.html}; its PDF is {@code corpora/<document>.pdf} or
 * {@code fixtures/seeds/<document>.pdf}.
 */
public final class VariantAgreement {
    /** One variant file and the PDF it was made from. */
    public record Variant(String document, String variant, Path input, Path pdf) {
    }

    private final ReportExtractor extractor = new ReportExtractor();

    /** The variant files in {@code dir} whose PDF is found under {@code repoRoot}, in name order. */
    public static List<Variant> find(Path dir, Path repoRoot) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Variant> variants = new ArrayList<>();
        for (Path file : files) {
            parse(file.getFileName().toString()).ifPresent(nameAndVariant -> {
                String document = nameAndVariant[0];
                Stream.of(repoRoot.resolve("corpora"), repoRoot.resolve("fixtures").resolve("seeds"))
                        .map(d -> d.resolve(document + ".pdf"))
                        .filter(Files::exists)
                        .findFirst()
                        .ifPresent(pdf -> variants.add(new Variant(document, nameAndVariant[1], file, pdf)));
            });
        }
        return variants;
    }

    private static Optional<String[]> parse(String fileName) {
        if (fileName.endsWith(".html")) {
            return Optional.of(new String[]{fileName.substring(0, fileName.length() - 5), "html"});
        }
        if (fileName.endsWith(".txt")) {
            String stem = fileName.substring(0, fileName.length() - 4);
            int dot = stem.lastIndexOf('.');
            if (dot > 0) {
                return Optional.of(new String[]{stem.substring(0, dot), stem.substring(dot + 1)});
            }
        }
        return Optional.empty();
    }

    /** Per variant, in the same order: its narrative facts' and its 决算表 facts' agreement with its PDF's. */
    public record Agreement(List<DocumentScore> narrative, List<DocumentScore> tables) {
    }

    /**
     * Extracts every variant and its PDF (each PDF once) and scores the variant's narrative facts with the PDF's as
     * the reference; {@code onReport} sees each variant's report. The scores' {@code input} is the variant's file name.
     */
    public List<DocumentScore> run(List<Variant> variants, BiConsumer<Path, Object> onReport) {
        return score(variants, onReport).narrative();
    }

    /** As {@link #run}, and the same for the facts of the 决算表 ({@code table.*}). */
    public Agreement score(List<Variant> variants, BiConsumer<Path, Object> onReport) {
        Map<Path, Facts> references = new HashMap<>();
        List<DocumentScore> narrative = new ArrayList<>();
        List<DocumentScore> tables = new ArrayList<>();
        for (Variant variant : variants) {
            Facts reference = references.computeIfAbsent(variant.pdf(), pdf -> facts(pdf, (p, r) -> { }));
            Facts predicted = facts(variant.input(), onReport);
            String name = variant.input().getFileName().toString();
            narrative.add(DocumentScore.of(variant.document(), name, reference.narrative(), predicted.narrative()));
            tables.add(DocumentScore.of(variant.document(), name, reference.tables(), predicted.tables()));
        }
        return new Agreement(narrative, tables);
    }

    private record Facts(Set<FactIdentity> narrative, Set<FactIdentity> tables) {
    }

    private Facts facts(Path input, BiConsumer<Path, Object> onReport) {
        ExtractionOutcome outcome = extractor.extract(input);
        onReport.accept(input, outcome.record());
        if (!(outcome instanceof ExtractionOutcome.Success success)) {
            return new Facts(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
        return new Facts(Evaluation.identities(success.report()), Evaluation.tableIdentities(success.report()));
    }

    /** The variant name of a score's input ({@code pdftotext}, {@code layout}, {@code pdfbox}, {@code flat}, {@code html}). */
    public static String variantOf(DocumentScore score) {
        return parse(score.input()).map(p -> p[1]).orElse(score.input());
    }
}
