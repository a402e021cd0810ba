package org.juesuan.extractor.cli;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionsCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = ExtractorCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsTheTreeAsAnIndentedOutlineWithIdsKindsTitlesAndOffsets() {
        Run run = run("sections", RepoFiles.corpus("001_ac178a9e9dd67b94.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).endsWith("001_ac178a9e9dd67b94.txt: 攀枝花市人大常委会办公室, 2021, 部门决算"), lines.get(0));
        assertTrue(lines.get(1).matches("1 OVERVIEW 第一部分 部门概况  \\[0, \\d+\\)"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("  2\\.1 INCOME_EXPENDITURE_OVERVIEW 1、 收入支出决算总体情况说明  \\[\\d+, \\d+\\)")),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("    2\\.10\\.4 PERFORMANCE_MANAGEMENT （四）预算绩效管理情况  \\[\\d+, \\d+\\)")),
                run.out());
    }

    @Test
    void marksTheTemplateAndShowsTableKinds() {
        Run run = run("sections", RepoFiles.corpus("sh-bumen-juesuan-template-2024.pdf").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith("department unknown, 2024, 部门决算, TEMPLATE"),
                run.out());
        assertTrue(run.out().contains("  2.5 STATEMENT[gpbExpenditure] 一般公共预算财政拨款支出决算表  ["), run.out());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillPrinted() {
        Run run = run("sections", RepoFiles.fixture("bad/random-bytes.pdf").toString(),
                RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("random-bytes.pdf: cannot be read (corrupt)"), run.err());
        assertTrue(run.out().contains("中共攀枝花市委办公室, 2020, 单位决算"), run.out());
        assertFalse(run.out().contains("random-bytes"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        Run missing = run("sections", "no/such/report.pdf");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("input does not exist: no/such/report.pdf"), missing.err());
        assertEquals(2, run("sections").exitCode());
    }

    @Test
    void helpDescribesTheOutline() {
        Run help = run("sections", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("FILE") && help.out().contains("Exit code"), help.out());
        assertTrue(run("--help").out().contains("sections"));
    }
}
