package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.cli.batch.BatchOptions;
import org.juesuan.extractor.cli.batch.BatchRunner;
import org.juesuan.extractor.cli.batch.Progress;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.RunLimits;
import org.juesuan.extractor.pipeline.ErrorRecords;
import org.juesuan.extractor.pipeline.Hashing;
import org.juesuan.extractor.testing.HostileFiles;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile files and file names never stop a batch, and nothing lands outside --out. */
class HostileBatchTest {
    /** 76 Chinese characters: 228 bytes of UTF-8, 232 with ".txt"; legal, but little room left for decorations. */
    private static final String LONG_NAME = "四川省攀枝花市".repeat(10) + "决算表说明书";
    /** 79 characters, 241 bytes with ".txt": its output name must be cut to stay within the limit. */
    private static final String LONGEST_NAME = "四川省攀枝花市".repeat(11) + "决算";
    private static final String GOOD_TEXT = "第一部分 部门概况\n一、收入支出决算总体情况说明\n2021年度收入总计2155.89万元。\n";

    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static JsonNode json(Path file) throws IOException {
        return ReportJson.mapper().readTree(file.toFile());
    }

    private static List<Path> records(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(BatchRunner.SUMMARY_FILE)).sorted().toList();
        }
    }

    /** Error type (or "report") per input file name, read from the records. */
    private static Map<String, String> outcomes(Path out) throws IOException {
        Map<String, String> outcomes = new TreeMap<>();
        for (Path record : records(out)) {
            JsonNode node = json(record);
            ReportSchema.assertValid(node);
            String previous = outcomes.put(node.at("/source/fileName").asText(),
                    node.has("error") ? node.at("/error/type").asText() : "report");
            assertEquals(null, previous, "two records for " + node.at("/source/fileName").asText());
        }
        return outcomes;
    }

    private static Set<Path> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.collect(Collectors.toSet());
        }
    }

    private static boolean unreadable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, Set.of());
        return !Files.isReadable(file);
    }

    @Test
    void aMixedFolderOfHostileAndGoodInputsGivesOneRecordPerInputAndNothingOutsideTheOutput() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(RepoFiles.fixture("seeds/003_452dfb289bf64cc2.docx"), in.resolve("003.docx"));
        Files.copy(RepoFiles.corpus("004_b2fb7ddb4acb550d.txt"), in.resolve("004.txt"));
        Files.copy(RepoFiles.fixture("bad/empty.txt"), in.resolve("empty.txt"));
        Files.copy(RepoFiles.fixture("bad/random-bytes.pdf"), in.resolve("random-bytes.pdf"));
        HostileFiles.encryptedDocx(in.resolve("protected.docx"));
        HostileFiles.zipBombDocx(in.resolve("bomb.docx"), 32);
        HostileFiles.nestedTablesDocx(in.resolve("nested.docx"), 3_000);
        HostileFiles.circularPageTreePdf(in.resolve("circular.pdf"));
        Files.writeString(in.resolve(LONG_NAME + ".txt"), GOOD_TEXT);
        Files.writeString(in.resolve(LONGEST_NAME + ".txt"), GOOD_TEXT + "另一份。\n");
        Files.writeString(in.resolve("new\nline.txt"), GOOD_TEXT);
        Files.writeString(in.resolve("tab\t..\t..\tescape.txt"), GOOD_TEXT);
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("003.docx", "report"), Map.entry("004.txt", "report"),
                Map.entry("empty.txt", "empty-file"), Map.entry("random-bytes.pdf", "corrupt"),
                Map.entry("protected.docx", "encrypted"), Map.entry("bomb.docx", "too-large"),
                Map.entry("nested.docx", "too-large"), Map.entry("circular.pdf", "corrupt"),
                Map.entry(LONG_NAME + ".txt", "report"), Map.entry(LONGEST_NAME + ".txt", "report"),
                Map.entry("new\nline.txt", "report"),
                Map.entry("tab\t..\t..\tescape.txt", "report")));
        Path locked = Files.writeString(in.resolve("locked.txt"), GOOD_TEXT);
        if (unreadable(locked)) {
            expected.put("locked.txt", "io-error");
        } else { // as root permissions do not apply: the file is read like any other
            expected.put("locked.txt", "report");
        }
        Set<Path> before = tree(temp);
        Set<Path> workingDirectoryBefore = tree(Path.of("").toAbsolutePath());
        Path out = temp.resolve("out");

        CliRun result = run("extract", in.toString(), "--out", out.toString(), "--threads", "2");

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(expected, outcomes(out), result.err());
        JsonNode summary = json(out.resolve(BatchRunner.SUMMARY_FILE));
        assertEquals(expected.size(), summary.get("inputs").asInt());
        assertEquals(expected.values().stream().filter(v -> !v.equals("report")).count(), summary.get("errors").asLong());
        Set<Path> created = tree(temp);
        created.removeAll(before);
        assertTrue(created.stream().allMatch(p -> p.startsWith(out)), "written outside --out: " + created);
        assertEquals(workingDirectoryBefore, tree(Path.of("").toAbsolutePath()), "nothing new in the working directory");
        for (Path record : records(out)) {
            assertTrue(record.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 240);
        }
    }

    @Test
    void anUnreadableFileIsAnIoErrorRecordWithTheReason() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path locked = Files.writeString(in.resolve("locked.txt"), GOOD_TEXT);
        Files.writeString(in.resolve("good.txt"), GOOD_TEXT);
        Assumptions.assumeTrue(unreadable(locked), "running as root: file permissions do not apply, nothing to test");
        Path out = temp.resolve("out");

        CliRun result = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");

        assertEquals(1, result.exitCode(), result.err());
        assertEquals("could not read the file: Permission denied", json(out.resolve("locked.json")).at("/error/message").asText());
        assertTrue(json(out.resolve("good.json")).has("report"));
    }

    @Test
    void aFileThatDisappearsWhileTheBatchRunsIsAnIoErrorRecordAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path gone = Files.writeString(in.resolve("gone.txt"), GOOD_TEXT);
        Path good = Files.writeString(in.resolve("good.txt"), GOOD_TEXT);
        List<Path> listed = List.of(gone, good); // the batch's list of inputs, made while gone.txt was there
        Files.delete(gone);
        Path out = Files.createDirectories(temp.resolve("out"));
        BatchOptions options = new BatchOptions(1, false, Duration.ofMinutes(5), "768m", false, false, null, null);

        BatchRunner.Outcome outcome = new BatchRunner(options, new Progress(new PrintWriter(new StringWriter()), Progress.Mode.QUIET))
                .run(listed, Map.of(gone, "gone.json", good, "good.json"), out, 0);

        assertEquals(new BatchRunner.Outcome(2, 1, 1), outcome);
        JsonNode error = json(out.resolve("gone.json"));
        assertEquals("io-error", error.at("/error/type").asText());
        assertEquals("could not read the file: No such file or directory", error.at("/error/message").asText());
        assertEquals(gone.toAbsolutePath().toString(), error.at("/source/path").asText());
        ReportSchema.assertValid(error);
    }

    @Test
    void errorRecordsMadeUnderOtherLimitsAreRedoneAndKeptOnesAreCountedInTheSummary() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path slow = Files.writeString(in.resolve("slow.txt"), GOOD_TEXT);
        Path old = Files.writeString(in.resolve("old.txt"), GOOD_TEXT + "另一份。\n");
        Files.copy(RepoFiles.fixture("bad/empty.txt"), in.resolve("empty.txt"));
        Path out = Files.createDirectories(temp.resolve("out"));
        // a timeout under --timeout 5s, and a crash an older version wrote without its limits
        ReportJson.write(ErrorRecords.forFile(slow, Hashing.sha256(slow), ErrorType.TIMEOUT, "no result within 5 s",
                new RunLimits("process", 5000L, "768m")), out.resolve("slow.json"));
        ReportJson.write(ErrorRecords.forFile(old, Hashing.sha256(old), ErrorType.WORKER_CRASHED,
                "interrupted while a worker started"), out.resolve("old.json"));

        CliRun first = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");

        assertTrue(json(out.resolve("slow.json")).has("report"), "made under other limits: redone");
        assertTrue(json(out.resolve("old.json")).has("report"), "limits unknown: redone");
        assertFalse(first.err().contains("kept from earlier runs"), first.err());

        CliRun second = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");

        assertTrue(second.err().contains("1 error record(s) kept from earlier runs (--retry-errors redoes them)"), second.err());
        assertEquals(1, json(out.resolve(BatchRunner.SUMMARY_FILE)).get("errorsKeptFromEarlierRuns").asInt());
    }

    @Test
    void limitsThatCannotWorkAreUsageErrors() {
        for (List<String> options : List.of(List.of("--timeout", "0s"), List.of("--timeout=-5s"),
                List.of("--worker-heap", "64m"), List.of("--worker-heap", "100000k"))) {
            List<String> args = new java.util.ArrayList<>(List.of("extract", temp.toString(), "--out",
                    temp.resolve("out").toString()));
            args.addAll(options);
            CliRun result = run(args.toArray(String[]::new));
            assertEquals(2, result.exitCode(), options + ": " + result.err());
            assertFalse(Files.exists(temp.resolve("out")), "nothing is done on a usage error");
        }
    }

    @Test
    void aRunWithNothingToDoSaysSoAndFails() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("reports"));
        Files.writeString(dir.resolve("a.txt"), GOOD_TEXT);
        assertEquals(0, run("extract", dir.toString(), "--out", dir.resolve("out").toString(), "--isolation", "none").exitCode());

        CliRun intoItself = run("extract", dir.resolve("out").toString(), "--out", dir.resolve("out").toString());
        CliRun empty = run("extract", Files.createDirectories(temp.resolve("empty")).toString(), "--out",
                temp.resolve("out2").toString());

        assertEquals(1, intoItself.exitCode());
        assertTrue(intoItself.err().contains("no input files") && intoItself.err().contains("nothing was done"), intoItself.err());
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().contains("no input files"), empty.err());
    }

    @Test
    void aNewInputWithTheSameStemLeavesOneRecordPerInputAndQueryAgrees() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("x.txt"), GOOD_TEXT);
        Path out = temp.resolve("out");
        run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");
        assertTrue(Files.exists(out.resolve("x.json")));
        Files.writeString(in.resolve("x.html"), "<html><body><p>第一部分 部门概况</p><p>2021年度收入总计100万元。</p></body></html>");

        CliRun second = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");

        assertEquals(List.of(out.resolve("x.html.json"), out.resolve("x.txt.json")), records(out));
        assertTrue(second.err().contains("1 up to date"), "x.txt's record moved to its new name: " + second.err());
        CliRun query = run("query", out.toString(), "SELECT count(*) AS n FROM reports", "--format", "csv");
        assertEquals("n\n2\n", query.out().replace("\r", ""));
    }

    @Test
    void recordsAreOrdinaryFilesAndPathsFollowOneConvention() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(RepoFiles.corpus("004_b2fb7ddb4acb550d.txt"), in.resolve("004.txt"));
        Files.copy(RepoFiles.fixture("bad/empty.txt"), in.resolve("empty.txt"));
        Path out = temp.resolve("out");
        Path jsonl = temp.resolve("all.jsonl");
        Path csv = temp.resolve("facts.csv");
        // a dataset line cut by a kill, as a killed run leaves it
        Files.writeString(jsonl, "{\"schemaVersion\":\"1.1\",\"source\":{\"fileName\":\"004.t");
        Path relative = Path.of("").toAbsolutePath().relativize(in);

        run("extract", relative.toString(), "--out", out.toString(), "--isolation", "none",
                "--jsonl", jsonl.toString(), "--facts-csv", csv.toString());

        Path plain = Files.createFile(temp.resolve("plain"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        for (Path record : records(out)) {
            assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(record)),
                    "a record has the permissions of any new file (umask), not 0600");
        }
        assertEquals(in.resolve("004.txt").toString(), json(out.resolve("004.json")).at("/source/path").asText());
        assertEquals(in.resolve("empty.txt").toString(), json(out.resolve("empty.json")).at("/source/path").asText());
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(2, lines.size(), "the cut line is gone: the datasets are rewritten from the records");
        for (String line : lines) {
            ReportJson.mapper().readTree(line);
        }
        String firstFact = Files.readAllLines(csv).get(1);
        assertTrue(firstFact.startsWith("004.txt,"), firstFact);
        CliRun query = run("query", out.toString(), "SELECT DISTINCT file FROM facts", "--format", "csv");
        assertEquals("file\n004.txt\n", query.out().replace("\r", ""));
    }

    @Test
    void inOneJvmAndInSectionsAndValidateAMemoryBombIsAnErrorLineNotAStackTrace() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        HostileFiles.zipBombDocx(in.resolve("a-bomb.docx"), 32);
        Files.writeString(in.resolve("b-good.txt"), GOOD_TEXT);
        Path out = temp.resolve("out");

        CliRun extract = run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");
        CliRun sections = run("sections", in.toString());
        CliRun validate = run("validate", in.toString());

        assertEquals("too-large", json(out.resolve("a-bomb.json")).at("/error/type").asText());
        assertTrue(json(out.resolve("b-good.json")).has("report"));
        assertEquals(1, sections.exitCode(), sections.err());
        assertTrue(sections.err().contains("a-bomb.docx: cannot be read (too-large)"), sections.err());
        assertTrue(sections.out().contains("b-good.txt"), "the next file is still done");
        for (CliRun run : List.of(extract, sections, validate)) {
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        assertTrue(validate.err().contains("a-bomb.docx") && validate.err().contains("too-large"), validate.err());
    }

    @Test
    void aCircularPdfPageTreeIsOneLineOnStderrWithoutTheLibrarysErrorLines() throws IOException {
        Path pdf = HostileFiles.circularPageTreePdf(temp.resolve("circular.pdf"));

        CliRun result = run("sections", pdf.toString());

        assertEquals(1, result.exitCode());
        assertEquals(pdf + ": cannot be read (corrupt): the PDF's page tree is circular (a list of pages contains "
                + "itself or an ancestor)", result.err().strip());
    }

    @Test
    void anOutputDirectoryThatCannotBeMadeIsOneLineWithTheReason() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), GOOD_TEXT);

        CliRun result = run("extract", in.toString(), "--out", file.resolve("sub").toString());

        assertEquals(2, result.exitCode());
        assertEquals("error: " + file.resolve("sub") + ": Not a directory", result.err().strip());
    }

    @Test
    void queryPassesOverJsonThatIsNotAnOutputAndReadOnlyKeepsTheSqlInsideTheTables() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), GOOD_TEXT);
        Path out = temp.resolve("out");
        run("extract", in.toString(), "--out", out.toString(), "--isolation", "none");
        Files.writeString(out.resolve("eval.json"), "{\"overall\": {\"f1\": 0.99}}");
        Path secret = Files.writeString(temp.resolve("secret.csv"), "a\n1\n");

        CliRun count = run("query", out.toString(), "SELECT count(*) AS n FROM reports", "--format", "csv");
        CliRun open = run("query", out.toString(), "SELECT count(*) AS n FROM read_csv('" + secret + "')", "--format", "csv");
        CliRun locked = run("query", out.toString(), "--read-only", "SELECT count(*) AS n FROM read_csv('" + secret + "')");
        CliRun export = run("query", out.toString(), "--read-only", "COPY facts TO '" + temp.resolve("leak.csv") + "'");
        CliRun unlock = run("query", out.toString(), "--read-only", "SET enable_external_access = true");
        CliRun tables = run("query", out.toString(), "--read-only", "SELECT count(*) AS n FROM reports", "--format", "csv");

        assertEquals(0, count.exitCode(), count.err());
        assertEquals("n\n1\n", count.out().replace("\r", ""));
        assertTrue(count.err().contains("warning: skipped eval.json: not an extractor output"), count.err());
        assertEquals(0, open.exitCode(), "without --read-only the SQL reads files: " + open.err());
        assertEquals(2, locked.exitCode(), locked.out());
        assertTrue(locked.err().contains("disabled by configuration"), locked.err());
        assertEquals(2, export.exitCode(), export.out());
        assertFalse(Files.exists(temp.resolve("leak.csv")));
        assertEquals(2, unlock.exitCode(), unlock.out());
        assertEquals("n\n1\n", tables.out().replace("\r", ""), tables.err());
    }

    @Test
    void longNamesAreShortenedWithAHashAndStillOneRecordEach() {
        List<Path> inputs = List.of(Path.of("a", LONGEST_NAME + "一.txt"), Path.of("a", LONGEST_NAME + "二.txt"),
                Path.of("a", ".hidden.txt"), Path.of("a", "x\ny.txt"));
        Map<Path, String> names = OutputNames.assign(inputs);
        Map<String, Integer> seen = new HashMap<>();
        for (String name : names.values()) {
            assertTrue(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 240, name);
            assertTrue(name.endsWith(".json") && !name.startsWith(".") && name.chars().noneMatch(Character::isISOControl), name);
            seen.merge(name, 1, Integer::sum);
        }
        assertEquals(4, seen.size(), names.toString());
        assertTrue(names.get(inputs.get(0)).matches(".*-[0-9a-f]{8}\\.json"), names.get(inputs.get(0)));
    }
}
