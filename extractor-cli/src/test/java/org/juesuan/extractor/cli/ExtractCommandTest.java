package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @TempDir
    Path temp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void writeFile(Path file) {
        try {
            Files.writeString(file, "x");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) throws IOException {
        return ReportJson.mapper().readTree(file.toFile());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMixedBatchWritesOneRecordPerInputAndExitsOne() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in/sub"));
        Files.copy(RepoFiles.corpus("004_b2fb7ddb4acb550d.txt"), in.resolve("004.txt"));
        Files.copy(RepoFiles.fixture("seeds/004_b2fb7ddb4acb550d.docx"), in.resolve("004-word.docx"));
        Files.copy(RepoFiles.fixture("bad/random-bytes.pdf"), in.resolve("broken.pdf"));
        Files.writeString(in.resolve("notes.md"), "# not a report");
        Path out = temp.resolve("out");

        CliRun run = run("extract", temp.resolve("in").toString(), "--out", out.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("004-word.json", "004.json", "_summary.json", "broken.json"), names(out));
        JsonNode report = json(out.resolve("004.json"));
        assertEquals("txt", report.at("/source/format").asText());
        assertTrue(report.at("/text").asText().contains("攀枝花市西区人民政府办公室"));
        JsonNode error = json(out.resolve("broken.json"));
        assertEquals("corrupt", error.at("/error/type").asText());
        assertEquals("broken.pdf", error.at("/source/fileName").asText());
        for (String name : names(out)) {
            if (!name.equals("_summary.json")) {
                ReportSchema.assertValid(json(out.resolve(name)));
            }
        }
        assertTrue(run.err().contains("3 input(s): 2 report(s), 1 error record(s) {corrupt=1}"), run.err());
        assertTrue(run.err().contains("skipped 1 file(s) without a document extension"), run.err());
    }

    @Test
    void allGoodInputsExitZeroAndSameNamedInputsKeepTheirExtension() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = run("extract", RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString(),
                RepoFiles.fixture("seeds/003_452dfb289bf64cc2.docx").toString(), "-o", out.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("003_452dfb289bf64cc2.docx.json", "003_452dfb289bf64cc2.txt.json", "_summary.json"),
                names(out));
        assertFalse(run.err().contains("[1/2]"), "--quiet prints only the summary");
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        Path out = temp.resolve("out");
        CliRun missing = run("extract", temp.resolve("nope.pdf").toString(), "--out", out.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("input does not exist"), missing.err());
        assertFalse(Files.exists(out));

        CliRun noOut = run("extract", RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("--out"), noOut.err());

        Path file = temp.resolve("a-file");
        writeFile(file);
        CliRun unwritable = run("extract", RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString(), "--out",
                file.resolve("sub").toString(), "--quiet");
        // a regular file where a directory is needed: the run cannot start, and says why without a stack trace
        assertEquals(2, unwritable.exitCode());
        assertTrue(unwritable.err().startsWith("error: "), unwritable.err());
        assertFalse(unwritable.err().contains("\tat "), unwritable.err());

        assertEquals(2, run("frobnicate").exitCode());
        assertEquals(2, run().exitCode());
    }

    @Test
    void theRootHelpListsEveryCommandAndHelpNamesOne() {
        // a run adds only the command it names; help and the root's own help need them all
        CliRun root = run("--help");
        assertEquals(0, root.exitCode());
        for (String command : List.of("extract", "sections", "validate", "eval", "bench", "dataset", "query", "view",
                "help")) {
            assertTrue(root.out().contains("\n  " + command + " "), command + " missing from: " + root.out());
        }
        CliRun help = run("help", "extract");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: extractor extract "), help.out());
    }

    @Test
    void helpExplainsEveryOption() {
        CliRun help = run("extract", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("--out", "--threads", "--timeout", "--worker-heap", "--isolation", "--force",
                "--retry-errors", "--jsonl", "--facts-csv", "--all-files", "--quiet", "--verbose", "INPUT")) {
            assertTrue(help.out().contains(option), option + " missing from: " + help.out());
        }
        assertTrue(help.out().contains("Exit code"));
    }
}
