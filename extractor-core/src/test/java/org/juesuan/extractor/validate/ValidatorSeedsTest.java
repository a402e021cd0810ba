package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings on the eight real reports, each checked against the document (fixtures/gold/README.md lists the
 * publication errors the gold author found). Every finding is pinned: a new one must be looked at, not waved through.
 */
class ValidatorSeedsTest {

    private static List<Finding> findings(String corpusFile) {
        return Extracted.report(RepoFiles.corpus(corpusFile)).findings();
    }

    /** "severity rule key[code]" of the first fact, one per finding, in report order. */
    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.rule() + " " + name(f.facts().get(0))).toList();
    }

    private static String name(Fact f) {
        return f.key() + (f.code() == null ? "" : "[" + f.code() + "]") + " " + f.raw();
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), rule + " in " + summary(findings));
        return matching.get(0);
    }

    @Test
    void seed000TheSocialSecurityClassPrintedIn元IsAUnitAnomalyAndNothingElseFires() {
        List<Finding> findings = findings("000_b5790c93cfb4a072.txt");
        assertEquals(List.of("warning unit.anomaly gpb.class[208] 448.65元"), summary(findings));
        Finding f = findings.get(0);
        assertEquals(0, new BigDecimal("4486500").compareTo(f.expected()));
        assertTrue(f.message().contains("448.65万元"), f.message());
        assertTrue(f.messageEn().contains("wrong unit"), f.messageEn());
        assertTrue(f.provenance().get(0).text().contains("社会保障和就业（类）支出448.65元，占20.93%"));
        // 基本支出 1642.44 (all funds) vs 一般公共预算财政拨款基本支出 1642.36: different concepts, and consistent — the
        // 0.08万元 difference is exactly the spending outside the appropriations (2222.83 − 2143.75 − 79).
        assertFalse(findings.stream().anyMatch(x -> x.rule().equals("basic.funding") || x.rule().equals("total.parts")));
    }

    @Test
    void seed001PersonnelPlusPublicIsNotBasicAndTheSmeShareIsWrong() {
        List<Finding> findings = findings("001_ac178a9e9dd67b94.txt");
        assertEquals(List.of(
                "error total.parts gpb.basic 1792.45万元",
                "warning total.parts gpb.class[208] 352.95万元",
                "error share.matches procurement.sme.share 100%",
                "warning template.residue threePublic.outbound.change 0万元",
                "warning template.residue threePublic.outbound.change 0万元",
                // 项目支出348.05万元，占16.19*%: the share is right (348.05 ÷ 2149.94), the print is not
                "warning print.anomaly expenditure.project.share 16.19*%"), summary(findings));
        assertEquals(0, new BigDecimal("21114600").compareTo(findings.get(0).expected()));
        assertEquals(0, new BigDecimal("2733200").compareTo(findings.get(1).expected()));
        assertEquals(0, new BigDecimal("96.13").compareTo(findings.get(2).expected()));
        assertTrue(findings.get(3).message().contains("增加/减少"));
        assertTrue(findings.get(4).message().contains("增长/下降"));
    }

    @Test
    void seed002TheReceptionCostIsStatedAs1794And1714AndTheVehiclesAs7And6() {
        List<Finding> findings = findings("002_0e630caa3884551f.txt");
        assertEquals(List.of("warning same.concept.differs threePublic.reception 17.94万元",
                "warning same.concept.differs assets.vehicles 7辆"), summary(findings));
        assertEquals(List.of("17.94万元", "17.14万元"), findings.get(0).facts().stream().map(Fact::raw).toList());
    }

    @Test
    void seed003TheSmeAwardIsPrintedAsAPercentOfItself() {
        List<Finding> findings = findings("003_452dfb289bf64cc2.txt");
        assertEquals(List.of("error share.matches procurement.sme.share 19.04%"), summary(findings));
        assertEquals(0, new BigDecimal("100").compareTo(findings.get(0).expected()));
    }

    @Test
    void seed004GpbBasicExpenditure739CannotBeReconciledWith783() {
        List<Finding> findings = findings("004_b2fb7ddb4acb550d.txt");
        assertEquals(List.of("warning basic.funding expenditure.basic 782.99万元"), summary(findings));
        Finding f = findings.get(0);
        assertTrue(f.facts().stream().anyMatch(x -> x.key().equals("gpb.basic") && x.raw().equals("739万元")));
        assertEquals(0, new BigDecimal("7829900").compareTo(f.expected()));
    }

    @Test
    void shanghaiReports() {
        // 财政拨款收、支总计 0.3万元 in the narrative; the 财政拨款收入支出决算总表 prints 2,961.68
        assertEquals(List.of("error share.matches gpb.class.share[201] 71.73%",
                        "error gpb.subset gpb.expenditure 2940.05万元",
                        "error table.narrative appropriation.total 0.3万元"),
                summary(findings("sh-putuo-caizhengju-2024.pdf")));
        // the 情况说明 says 基本支出 5377.64 / 人员经费 4896.98; the tables print 5364.75 / 4884.09 (12.89 less each).
        // Its 项 of 208 add up to the 类's 754.75 (54.53+28.11+446.11+225.12+0.88) now that 机关事业单位退休人员活动费支出
        // (0.88) has the code its table gives it, 2080599: no total.parts warning.
        assertEquals(List.of("warning template.residue threePublic.total.change 0.15 万元",
                        "error table.narrative gpb.basic 5377.64 万元",
                        "error table.narrative gpb.basic.personnel 4896.98 万元"),
                summary(findings("sh-putuo-guihuaziyuan-2024.pdf")));
        assertEquals(List.of("warning same.concept.differs gpb.expenditure.budget 0 万元"),
                summary(findings("sh-putuo-shehuigongzuobu-2024.pdf")));
        assertEquals(List.of(), findings("sh-bumen-juesuan-template-2024.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5790c93cfb4a072.txt", "001_ac178a9e9dd67b94.txt", "002_0e630caa3884551f.txt",
            "003_452dfb289bf64cc2.txt", "004_b2fb7ddb4acb550d.txt", "sh-putuo-caizhengju-2024.pdf",
            "sh-putuo-guihuaziyuan-2024.pdf", "sh-putuo-shehuigongzuobu-2024.pdf"})
    void everyFindingNamesItsFactsWithProvenanceAndBothMessagesAndMatchesTheSchema(String file) {
        ReportDocument report = Extracted.report(RepoFiles.corpus(file));
        for (Finding f : report.findings()) {
            assertTrue(List.of("error", "warning", "info").contains(f.severity()));
            assertTrue(Validator.RULES.stream().anyMatch(r -> r.id().equals(f.rule()) ), f.rule());
            assertFalse(f.message().isBlank());
            assertNotNull(f.messageEn());
            assertFalse(f.facts().isEmpty());
            assertFalse(f.provenance().isEmpty());
            for (Fact fact : f.facts()) {
                assertTrue(report.facts().contains(fact), "a finding names a fact the report does not have: " + fact);
                assertTrue(fact.provenance().text().contains(fact.raw().strip()) || fact.raw().isBlank(),
                        fact.provenance().text());
            }
        }
        ReportSchema.assertValid(ReportJson.toJson(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5790c93cfb4a072", "001_ac178a9e9dd67b94", "002_0e630caa3884551f",
            "003_452dfb289bf64cc2", "004_b2fb7ddb4acb550d"})
    void theSeedsGiveTheSameFindingsInEveryFormat(String seed) {
        List<String> fromText = ruleAndFact(findings(seed + ".txt"));
        for (String extension : List.of("docx", "doc", "html", "pdf")) {
            List<String> other = ruleAndFact(
                    Extracted.report(RepoFiles.fixture("seeds/" + seed + "." + extension)).findings());
            assertEquals(fromText, other, seed + "." + extension);
        }
    }

    private static List<String> ruleAndFact(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.rule() + " " + f.facts().get(0).key() + " "
                + f.facts().get(0).code() + " " + f.expected()).toList();
    }

    @Test
    void theCatalogueHasUniqueIdsAndDescribesEveryRule() {
        assertEquals(Validator.RULES.size(), Validator.RULES.stream().map(Rule::id).collect(Collectors.toSet()).size());
        for (Rule rule : Validator.RULES) {
            assertTrue(List.of("error", "warning", "info").contains(rule.severity()), rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            assertFalse(rule.tolerance().isBlank(), rule.id());
        }
    }
}
