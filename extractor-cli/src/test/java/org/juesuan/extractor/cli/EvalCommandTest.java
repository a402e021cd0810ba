package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = ExtractorCli.run("eval", "--gold", gold.toString(), "--root", RepoFiles.root().toString(),
                    "--out", temp.resolve("eval").toString());
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("corpora/sh-putuo-shehuigongzuobu-2024.pdf"), printed);
        assertTrue(printed.contains("gpb.item "), printed);
        assertTrue(printed.contains("overall: precision"), printed);
        JsonNode eval = ReportJson.mapper().readTree(temp.resolve("eval/eval.json").toFile());
        assertEquals(66, eval.at("/overall/truePositives").asInt() + eval.at("/overall/falseNegatives").asInt(),
                "the gold file's 66 facts");
        assertTrue(Files.exists(temp.resolve("eval/sh-putuo-shehuigongzuobu-2024.pdf.json")));
    }
}
