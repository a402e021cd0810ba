package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    @TempDir
    Path temp;

    @Test
    void printsScoresPerInputAndKeyAndWritesEvalJson() throws Exception {
        Path gold = Files.createDirectories(temp.resolve("fixtures/gold"));
        Files.copy(RepoFiles.fixture("gold/sh-putuo-shehuigongzuobu-2024.json"), gold.resolve("sh.json"));
        CliRun run = CliRun.of("eval", "--gold", gold.toString(), "--root", RepoFiles.root().toString(),
                "--out", temp.resolve("eval").toString());
        int code = run.exitCode();
        String printed = run.out();
        assertEquals(0, code, printed);
        assertTrue(printed.contains("corpora/sh-putuo-shehuigongzuobu-2024.pdf"), printed);
        assertTrue(printed.contains("gpb.item "), printed);
        assertTrue(printed.contains("overall: precision"), printed);
        JsonNode eval = ReportJson.mapper().readTree(temp.resolve("eval/eval.json").toFile());
        assertEquals(70, eval.at("/overall/truePositives").asInt() + eval.at("/overall/falseNegatives").asInt(),
                "the gold file's 70 facts");
        assertTrue(Files.exists(temp.resolve("eval/sh-putuo-shehuigongzuobu-2024.pdf.json")));
    }

    @Test
    void withVariantsPrintsEachVariantsAgreementWithItsPdf() throws Exception {
        Path gold = Files.createDirectories(temp.resolve("fixtures/gold"));
        Files.copy(RepoFiles.fixture("gold/sh-bumen-juesuan-template-2024.json"), gold.resolve("template.json"));
        Path variants = Files.createDirectories(temp.resolve("variants"));
        Files.copy(RepoFiles.fixture("variants/sh-putuo-shehuigongzuobu-2024.pdftotext.txt"),
                variants.resolve("sh-putuo-shehuigongzuobu-2024.pdftotext.txt"));
        CliRun run = CliRun.of("eval", "--gold", gold.toString(), "--root", RepoFiles.root().toString(),
                "--out", temp.resolve("eval").toString(), "--variants", variants.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("agreement of text variants"), run.out());
        JsonNode variant = ReportJson.mapper().readTree(temp.resolve("eval/eval.json").toFile()).at("/variants/0");
        assertEquals("pdftotext", variant.path("variant").asText());
        assertEquals(70, variant.path("truePositives").asInt() + variant.path("falseNegatives").asInt(),
                "the PDF's 70 narrative facts are the reference");
        assertTrue(variant.path("f1").asDouble() >= 0.95, variant.toString());
    }
}
