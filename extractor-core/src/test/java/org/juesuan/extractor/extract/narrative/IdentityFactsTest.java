package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report.* facts stand where the segmenter found the identity stated (offsets checked in the texts). */
class IdentityFactsTest {

    private static Fact fact(ReportDocument report, String key) {
        return report.facts().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static void assertAt(ReportDocument report, String key, String raw, int start, int end) {
        Fact fact = fact(report, key);
        assertEquals(raw, fact.raw(), key);
        assertEquals(start, fact.provenance().start(), key);
        assertEquals(end, fact.provenance().end(), key);
    }

    @Test
    void theCoverStatesTheIdentity() {
        // 上海市普陀区财政局\n2024年度部门决算
        ReportDocument report = Extracted.report(RepoFiles.corpus("sh-putuo-caizhengju-2024.pdf"));
        assertAt(report, "report.department", "上海市普陀区财政局", 0, 9);
        assertAt(report, "report.fiscalYear", "2024年度", 10, 16);
        assertAt(report, "report.kind", "部门决算", 16, 20);
    }

    @Test
    void aNameStatedOnlyInTablesIsPlacedAtItsFirstStatementOutsideATable() {
        // 000 names 政协攀枝花市委员会办公室 first in 项目绩效目标完成情况表1 (a table, at 8306), then in 表2, printed as
        // paragraphs (预算单位\n政协攀枝花市委员会办公室, at 9089); the year first in （二）2021年重点工作完成情况
        ReportDocument report = Extracted.report(RepoFiles.corpus("000_b5790c93cfb4a072.txt"));
        assertAt(report, "report.department", "政协攀枝花市委员会办公室", 9089, 9101);
        assertAt(report, "report.fiscalYear", "2021年", 427, 432);
        assertAt(report, "report.kind", "部门决算", 3239, 3243);
    }
}
