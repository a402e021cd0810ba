package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule that throws gives a rule-failed finding naming it, and the rules after it still run. */
class RuleFailureTest {

    private static final class BrokenRule implements Rule {
        @Override
        public String id() {
            return "broken.rule";
        }

        @Override
        public String severity() {
            return ERROR;
        }

        @Override
        public String description() {
            return "always throws";
        }

        @Override
        public String tolerance() {
            return "none";
        }

        @Override
        public List<Finding> check(ReportFacts facts) {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aFailingRuleGivesAFindingNamingItAndTheNextRuleStillRuns() {
        // seed 000 prints the 类 208 amount as 448.65元 among 万元 figures: unit.anomaly fires on it
        ReportDocument report = Extracted.report(RepoFiles.corpus("000_b5790c93cfb4a072.txt"));
        List<Finding> findings = new Validator(List.of(new BrokenRule(), new UnitAnomalyRule())).validate(report.facts());

        assertEquals(List.of(Validator.RULE_FAILED, "unit.anomaly"), findings.stream().map(Finding::rule).toList());
        Finding failed = findings.get(0);
        assertEquals("warning", failed.severity());
        assertTrue(failed.messageEn().contains("broken.rule") && failed.messageEn().contains("a bug"), failed.messageEn());
        assertTrue(failed.message().contains("broken.rule"), failed.message());
        assertEquals("208", findings.get(1).facts().get(0).code());
    }
}
