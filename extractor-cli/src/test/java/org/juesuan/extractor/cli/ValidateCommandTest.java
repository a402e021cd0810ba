package org.juesuan.extractor.cli;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @Test
    void printsFindingsGroupedBySeverityWithTheQuotedSentenceAndExitsOneOnErrors() {
        CliRun run = CliRun.of("validate", RepoFiles.corpus("001_ac178a9e9dd67b94.txt").toString());
        assertEquals(1, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("攀枝花市人大常委会办公室, 2021 — 2 error(s), 4 warning(s), 0 info"), out);
        assertTrue(out.indexOf("ERROR (2)") < out.indexOf("WARNING (4)"), out);
        assertTrue(out.contains("  [share.matches] procurement.sme.share 100% 与 6.96万元 ÷ 7.24万元 = 96.13% 不符"), out);
        assertTrue(out.contains("授予中小企业合同金额6.96万元，占政府采购支出总额的100%"), out);
        assertTrue(out.contains("does not match 6.96万元 ÷ 7.24万元"), out);
    }

    @Test
    void warningsAloneExitZero() {
        CliRun run = CliRun.of("validate", RepoFiles.corpus("000_b5790c93cfb4a072.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("WARNING (1)"), run.out());
        assertTrue(run.out().contains("[unit.anomaly] gpb.class[208] 448.65元"), run.out());
        assertTrue(run.out().contains("社会保障和就业（类）支出448.65元，占20.93%"), run.out());
    }

    @Test
    void validatesReportJsonWrittenByExtract(@TempDir Path dir) {
        CliRun extract = CliRun.of("extract", RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString(),
                "--out", dir.toString(), "--isolation", "none", "-q");
        assertEquals(0, extract.exitCode(), extract.err());
        CliRun run = CliRun.of("validate", dir.resolve("003_452dfb289bf64cc2.json").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("中共攀枝花市委办公室, 2020 — 1 error(s), 0 warning(s), 0 info"), run.out());
        assertTrue(run.out().contains("[share.matches] procurement.sme.share 19.04%"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("validate").exitCode());
        CliRun missing = CliRun.of("validate", "no/such/report.txt");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("input does not exist"), missing.err());
    }
}
