package org.juesuan.extractor.eval;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text variants of every PDF report (fixtures/variants, made by make-variants.sh) give the PDF's narrative facts:
 * F1 ≥ 0.95 against the PDF's own extraction, for every file and variant.
 */
class VariantAgreementTest {
    private static final double TARGET = 0.95;

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
            assertTrue(score.total().f1() >= TARGET, score.input() + " F1 " + score.total().f1() + " < " + TARGET
                    + "; missed " + score.misses() + ", false " + score.falseFacts());
        }
    }

    @Test
    void anItemsFiguresInAWrappedParagraphAreNotTakenForTheTotal() {
        // the complaint: pdftotext's wrapped （项） paragraphs gave an item's 决算, 年初预算 and 完成% as false
        // gpb.expenditure facts (规划和自然资源局's 2101102 spread over four paragraphs, 财政局's -layout entries cut by
        // a side column). (.share is left out: a 类's share read as the total's is another mistake.)
        List<String> itemFigures = List.of("gpb.expenditure", "gpb.expenditure.budget", "gpb.expenditure.budgetCompletion");
        for (DocumentScore score : scores) {
            assertTrue(score.falseFacts().stream().noneMatch(f -> itemFigures.contains(f.key())),
                    score.input() + " " + score.falseFacts());
        }
    }
}
