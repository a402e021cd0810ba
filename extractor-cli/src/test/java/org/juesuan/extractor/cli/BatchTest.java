package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch behaviour for data teams: isolation, resume, datasets and the summary. */
class BatchTest {
    @TempDir
    Path temp;

    /** The exit code and standard error of a run, as one string: "1\n…". */
    private static String run(String... args) {
        CliRun run = CliRun.of(args);
        return run.exitCode() + "\n" + run.err();
    }

    private static JsonNode json(Path file) throws IOException {
        return ReportJson.mapper().readTree(file.toFile());
    }

    private static List<Path> records(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("_summary.json")).sorted().toList();
        }
    }

    /** A 41 MB text report: more than a 128 MB heap (the smallest --worker-heap) can work on. */
    private Path hugeReport() throws IOException {
        Path file = temp.resolve("in/huge.txt");
        Files.createDirectories(file.getParent());
        String line = "2021年度市政协办公室收入2155.89万元。与2020年（2286.2万元）相比，减少130.31万元，减少5.69%。\n";
        Files.writeString(file, line.repeat(250_000));
        return file;
    }

    @Test
    void aMixedBatchOfGoodAndBrokenFilesGivesOneRecordPerInputAndATrueSummary() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String bad : List.of("empty.txt", "random-bytes.pdf", "truncated.docx", "encrypted.pdf", "gb18030.txt")) {
            Files.copy(RepoFiles.fixture("bad/" + bad), in.resolve(bad));
        }
        Files.copy(RepoFiles.fixture("seeds/003_452dfb289bf64cc2.docx"), in.resolve("003.docx"));
        Files.copy(RepoFiles.corpus("sh-putuo-shehuigongzuobu-2024.pdf"), in.resolve("shehui.pdf"));
        Path out = temp.resolve("out");

        String result = run("extract", in.toString(), "--out", out.toString(), "--threads", "2",
                "--jsonl", temp.resolve("all.jsonl").toString(), "--facts-csv", temp.resolve("facts.csv").toString());

        assertTrue(result.startsWith("1\n"), result);
        assertEquals(7, records(out).size());
        for (Path record : records(out)) {
            ReportSchema.assertValid(json(record));
        }
        assertEquals("encrypted", json(out.resolve("encrypted.json")).at("/error/type").asText());
        JsonNode summary = json(out.resolve("_summary.json"));
        assertEquals(7, summary.get("inputs").asInt());
        assertEquals(3, summary.get("reports").asInt(), "003.docx, shehui.pdf and the GB18030 text");
        assertEquals(4, summary.get("errors").asInt());
        assertEquals(2, summary.at("/errorsByType/corrupt").asInt());
        assertEquals(1, summary.at("/errorsByType/empty-file").asInt());
        assertEquals(1, summary.at("/errorsByType/encrypted").asInt());
        assertEquals("process", summary.get("isolation").asText());

        List<String> lines = Files.readAllLines(temp.resolve("all.jsonl"));
        assertEquals(7, lines.size());
        for (String line : lines) {
            assertTrue(ReportJson.mapper().readTree(line).at("/source/sha256").asText().matches("[0-9a-f]{64}"));
        }
        byte[] csv = Files.readAllBytes(temp.resolve("facts.csv"));
        assertEquals("\uFEFFfile,sha256,department,fiscal_year,key,code,label,value,unit,raw,source,section,page",
                new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        // the datasets say what the records say, decimals with their scale: 社会工作部's 财政拨款收入 is 100.00% of
        // its income (the PDF: 其中：财政拨款收入 307.82 万元，占 100.00%), not 100.0 as a double would have it
        String shehuiLine = lines.stream().filter(line -> line.contains("\"shehui.pdf\"")).findFirst().orElseThrow();
        assertEquals(ReportJson.toJsonLine(ReportJson.readTree(out.resolve("shehui.json"))), shehuiLine);
        assertTrue(shehuiLine.contains("\"key\":\"income.gpbAppropriation.share\",\"label\":\"财政拨款收入\",\"value\":100.00,"),
                shehuiLine);
        assertTrue(new String(csv, StandardCharsets.UTF_8).lines().anyMatch(row -> row.startsWith("shehui.pdf,")
                && row.contains(",income.gpbAppropriation.share,,财政拨款收入,100.00,percent,100.00%,")), "the CSV row");
    }

    @Test
    void aFileThatExhaustsTheWorkerHeapBecomesACrashRecord() throws IOException {
        Path huge = hugeReport();
        Path out = temp.resolve("out");
        run("extract", huge.toString(), "--out", out.toString(), "--worker-heap", "128m");
        JsonNode error = json(out.resolve("huge.json"));
        assertEquals("worker-crashed", error.at("/error/type").asText());
        assertTrue(error.at("/error/message").asText().contains("out of memory"), error.toString());
        assertEquals(Files.size(huge), error.at("/source/bytes").asLong());
        ReportSchema.assertValid(error);
    }

    @Test
    void aRerunRedoesOnlyWhatIsMissingAndForceRedoesAll() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String seed : List.of("000_b5790c93cfb4a072.txt", "001_ac178a9e9dd67b94.txt", "003_452dfb289bf64cc2.txt")) {
            Files.copy(RepoFiles.corpus(seed), in.resolve(seed));
        }
        Files.copy(RepoFiles.fixture("bad/empty.txt"), in.resolve("empty.txt"));
        Path out = temp.resolve("out");
        run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");
        Path kept = out.resolve("000_b5790c93cfb4a072.json");
        Files.setLastModifiedTime(kept, FileTime.fromMillis(1_000_000_000_000L));
        Files.delete(out.resolve("001_ac178a9e9dd67b94.json"));

        String second = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");

        assertTrue(second.startsWith("1\n"), second); // the empty file still fails
        assertEquals(3, json(out.resolve("_summary.json")).get("upToDate").asInt(), second);
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(kept).toMillis(), "a done file is not rewritten");
        assertTrue(Files.exists(out.resolve("001_ac178a9e9dd67b94.json")));

        Files.writeString(in.resolve("003_452dfb289bf64cc2.txt"), "第一部分 部门概况\n内容改了。\n");
        run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");
        assertTrue(json(out.resolve("003_452dfb289bf64cc2.json")).at("/text").asText().contains("内容改了"),
                "a changed input is redone");

        run("extract", in.toString(), "--out", out.toString(), "--isolation", "none", "--force");
        assertEquals(0, json(out.resolve("_summary.json")).get("upToDate").asInt());
    }

    @Test
    void aBatchKilledHalfwayFinishesOnRerunWithoutRedoingDoneFiles() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "copy" + i + ".pdf";
            Files.copy(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf"), in.resolve(name));
            // distinct content each; "a-note" sorts first, so records appear early and the kill lands among the PDFs
            Files.writeString(in.resolve("a-note" + i + ".txt"), "第" + i + "份说明。\n");
            names.add(name);
        }
        Path out = temp.resolve("out");
        Process batch = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), ExtractorCli.class.getName(),
                "extract", in.toString(), "--out", out.toString(), "--threads", "1", "--isolation", "none", "-q")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); // a ceiling for a stuck run, not a speed
        while (System.nanoTime() < deadline && batch.isAlive() && (!Files.isDirectory(out) || records(out).size() < 2)) {
            Thread.sleep(20);
        }
        batch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int doneBeforeKill = Files.isDirectory(out) ? records(out).size() : 0;
        assertTrue(doneBeforeKill >= 2, "the batch got going before it was killed");

        String rerun = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");

        assertTrue(rerun.startsWith("0\n"), rerun);
        assertEquals(16, records(out).size());
        JsonNode summary = json(out.resolve("_summary.json"));
        assertTrue(summary.get("upToDate").asInt() >= doneBeforeKill, summary.toString());
        try (Stream<Path> leftovers = Files.list(out)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no half-written files");
        }
    }
}
