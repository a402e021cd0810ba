package org.juesuan.extractor.eval;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text variants of every PDF report (fixtures/variants, made by make-variants.sh) give the PDF's narrative facts:
 * F1 ≥ 0.95 against the PDF's own extraction per file, except the few listed below at the level they reach.
 */
class VariantAgreementTest {
    private static final double TARGET = 0.95;
    /** Not yet at the target (see docs/text-variants.md): the level reached, which may only go up. */
    private static final Map<String, Double> BELOW_TARGET = Map.of(
            "000_b5790c93cfb4a072.flat.txt", 0.81,
            "001_ac178a9e9dd67b94.flat.txt", 0.94,
            "003_452dfb289bf64cc2.flat.txt", 0.92,
            "004_b2fb7ddb4acb550d.flat.txt", 0.79,
            "sh-putuo-guihuaziyuan-2024.flat.txt", 0.94,
            "sh-putuo-caizhengju-2024.layout.txt", 0.93);

    private static List<DocumentScore> scores;

    @BeforeAll
    static void run() {
        List<VariantAgreement.Variant> variants = VariantAgreement.find(RepoFiles.root().resolve("fixtures/variants"),
                RepoFiles.root());
        scores = new VariantAgreement().run(variants, (input, record) -> { });
    }

    @Test
    void everyPdfHasItsFiveVariants() {
        assertEquals(9 * 5, scores.size(), "four Shanghai PDFs and five seed PDFs, five variants each");
    }

    @Test
    void eachVariantStatesThePdfsFacts() {
        for (DocumentScore score : scores) {
            double floor = BELOW_TARGET.getOrDefault(score.input(), TARGET);
            assertTrue(score.total().f1() >= floor, score.input() + " F1 " + score.total().f1() + " < " + floor
                    + "; missed " + score.misses() + ", false " + score.falseFacts());
        }
    }

    @Test
    void anItemsFiguresInAWrappedParagraphAreNotTakenForTheTotal() {
        // the complaint: pdftotext's wrapped （项） paragraphs gave false gpb.expenditure facts. Still left
        // (docs/text-variants.md): 规划和自然资源局's item 2101102 (3 facts) and 财政局's -layout items 2010608, 2080505
        Map<String, Integer> left = Map.of("sh-putuo-guihuaziyuan-2024.pdftotext.txt", 3,
                "sh-putuo-guihuaziyuan-2024.html", 3, "sh-putuo-guihuaziyuan-2024.layout.txt", 3,
                "sh-putuo-guihuaziyuan-2024.flat.txt", 3, "sh-putuo-caizhengju-2024.layout.txt", 2);
        for (DocumentScore score : scores.stream().filter(s -> s.input().startsWith("sh-putuo")).toList()) {
            long wrong = score.falseFacts().stream().filter(f -> f.key().startsWith("gpb.expenditure")).count();
            assertTrue(wrong <= left.getOrDefault(score.input(), 0), score.input() + " " + score.falseFacts());
        }
    }
}
