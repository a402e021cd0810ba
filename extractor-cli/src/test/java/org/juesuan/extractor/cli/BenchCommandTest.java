package org.juesuan.extractor.cli;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What bench reports, not how fast anything is. */
class BenchCommandTest {
    @TempDir
    Path samples;

    @Test
    void eachPhaseRunsTheWholeCorpusInEveryRoundAndTheRatiosArePrinted() throws IOException {
        Files.copy(RepoFiles.corpus("004_b2fb7ddb4acb550d.txt"), samples.resolve("004.txt"));
        Files.copy(RepoFiles.corpus("001_ac178a9e9dd67b94.txt"), samples.resolve("001.txt"));
        CliRun run = CliRun.of("bench", "--docs", "5", "--rounds", "2", "--chunk", "2", "--threads", "1",
                "--from", samples.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("5 documents cycled from 2 sample files; 1 thread(s); 2 round(s), turns of 2 documents"),
                run.out());
        for (String phase : new String[]{"plain Tika", "full pipeline"}) {
            Matcher line = Pattern.compile("(?m)^" + phase + "\\s+(\\d+)\\s").matcher(run.out());
            assertTrue(line.find(), phase + " in " + run.out());
            assertEquals("5", line.group(1), "turns of 2, 2 and 1 documents add up to the corpus");
        }
        assertTrue(Pattern.compile("ratio full pipeline / plain Tika: time [\\d.]+ \\(rounds [\\d.]+ [\\d.]+\\)")
                .matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("full pipeline by stage"), run.out());
    }

    @Test
    void aChunkOfNoDocumentsIsRefused() {
        CliRun run = CliRun.of("bench", "--docs", "5", "--chunk", "0");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("and --chunk must be at least 1"), run.err());
    }
}
