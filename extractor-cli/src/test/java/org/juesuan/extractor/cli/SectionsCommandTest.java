package org.juesuan.extractor.cli;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionsCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void printsTheTreeAsAnIndentedOutlineWithIdsKindsTitlesAndOffsets() {
        CliRun run = run("sections", RepoFiles.corpus("001_ac178a9e9dd67b94.txt").toString());
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
        CliRun run = run("sections", RepoFiles.corpus("sh-bumen-juesuan-template-2024.pdf").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith("department unknown, 2024, 部门决算, TEMPLATE"),
                run.out());
        assertTrue(run.out().contains("  2.5 STATEMENT[gpbExpenditure] 一般公共预算财政拨款支出决算表  ["), run.out());
    }

    @Test
    void theHeaderShowsTheUnitMarkerBesideTheKind() {
        CliRun run = run("sections", RepoFiles.fixture("families/chongqing-transport-benji-2023.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith(": 某某区交通局, 2023, 决算（本级）"), run.out());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillPrinted() {
        CliRun run = run("sections", RepoFiles.fixture("bad/random-bytes.pdf").toString(),
                RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("random-bytes.pdf: cannot be read (corrupt)"), run.err());
        assertTrue(run.out().contains("中共攀枝花市委办公室, 2020, 单位决算"), run.out());
        assertFalse(run.out().contains("random-bytes"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun missing = run("sections", "no/such/report.pdf");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("input does not exist: no/such/report.pdf"), missing.err());
        assertEquals(2, run("sections").exitCode());
    }

    @Test
    void helpDescribesTheOutline() {
        CliRun help = run("sections", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("FILE") && help.out().contains("Exit code"), help.out());
        assertTrue(run("--help").out().contains("sections"));
    }
}
