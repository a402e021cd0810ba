package org.juesuan.extractor.eval;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor against the hand-checked gold (fixtures/gold). The floors are the levels reached when this test
 * was written: accuracy may only go up. Raise them when it does.
 */
class EvaluationTest {
    private static List<GoldDocument> gold;
    private static List<DocumentScore> scores;

    @BeforeAll
    static void run() throws IOException {
        try (Stream<Path> files = Files.list(RepoFiles.root().resolve("fixtures/gold"))) {
            gold = GoldDocument.readAll(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
        scores = new Evaluation().run(gold, RepoFiles.root(), (input, record) -> { });
    }

    private static Score of(String inputPart) {
        return Evaluation.overall(scores.stream().filter(s -> s.input().contains(inputPart)).toList());
    }

    @Test
    void everyGoldDocumentIsScoredInEveryFormat() {
        assertEquals(9, gold.size());
        assertEquals(5 * 5 + 4, scores.size(), "five seeds in five formats, four Shanghai PDFs");
    }

    @Test
    void overallF1StaysAtTheLevelReached() {
        Score overall = Evaluation.overall(scores);
        assertTrue(overall.f1() >= 0.990, "overall F1 " + overall.f1());
        assertTrue(overall.precision() >= 0.996, "overall precision " + overall.precision());
    }

    @Test
    void theSeedsReachTheTargetInEveryFormat() {
        for (String format : List.of(".txt", ".docx", ".doc", ".html", ".pdf")) {
            Score seeds = Evaluation.overall(scores.stream()
                    .filter(s -> s.input().endsWith(format) && !s.input().contains("sh-")).toList());
            double floor = format.equals(".pdf") ? 0.988 : 0.992;
            assertTrue(seeds.f1() >= floor, format + " F1 " + seeds.f1());
        }
    }

    @Test
    void everyBudgetItemIsFoundWithItsCode() {
        for (DocumentScore score : scores) {
            List<FactIdentity> missedItems = score.misses().stream().filter(f -> f.key().equals("gpb.item")).toList();
            // 规划和自然资源局's 机关事业单位退休人员活动费支出 is not a name of the classification: no code is guessed
            boolean unnamed = score.input().contains("guihuaziyuan") && missedItems.size() == 1
                    && "2080599".equals(missedItems.get(0).code());
            assertTrue(missedItems.isEmpty() || unnamed, score.input() + " missed " + missedItems);
        }
    }

    @Test
    void theShanghaiReportsAreExtractedCorrectly() {
        assertTrue(of("caizhengju").f1() >= 0.99, "财政局 " + of("caizhengju").f1());
        assertTrue(of("shehuigongzuobu").f1() >= 0.99, "社会工作部 " + of("shehuigongzuobu").f1());
        assertTrue(of("guihuaziyuan").f1() >= 0.98, "规划和自然资源局 " + of("guihuaziyuan").f1());
    }
}
