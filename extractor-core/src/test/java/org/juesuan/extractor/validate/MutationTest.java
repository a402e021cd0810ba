package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mutated copies of seed 003 (one figure, one share, one unit, one rate changed): exactly the expected rule fires,
 * naming the changed figure; the unmutated copy fires none of them (its one known finding is the SME share).
 */
class MutationTest {
    private static final String SEED = "003_452dfb289bf64cc2.txt";
    private static final String KNOWN = "share.matches procurement.sme.share 19.04%";

    @TempDir
    Path dir;

    private List<Finding> extract(String name, String from, String to) throws IOException {
        String text = Files.readString(RepoFiles.corpus(SEED), StandardCharsets.UTF_8);
        if (from != null) {
            assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "mutation site must be unique: " + from);
            text = text.replace(from, to);
        }
        Path file = dir.resolve(name + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ExtractionOutcome outcome = new ReportExtractor().extract(file);
        return ((ExtractionOutcome.Success) outcome).report().findings();
    }

    /** The findings other than the seed's known one, as "rule key[code] raw". */
    private static List<String> added(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule() + " " + f.facts().get(0).key()
                        + (f.facts().get(0).code() == null ? "" : "[" + f.facts().get(0).code() + "]") + " " + f.facts().get(0).raw())
                .filter(s -> !s.equals(KNOWN))
                .toList();
    }

    @Test
    void theUnmutatedCopyHasOnlyItsKnownFinding() throws IOException {
        List<Finding> findings = extract("original", null, null);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(), added(findings));
    }

    @Test
    void aChangedPartBreaksItsSum() throws IOException {
        List<Finding> findings = extract("figure", "日常公用经费380.64万元，主要包括", "日常公用经费390.64万元，主要包括");
        assertEquals(List.of("total.parts gpb.basic 2,846.84万元"), added(findings));
        Finding f = findings.stream().filter(x -> x.rule().equals("total.parts")).findFirst().orElseThrow();
        assertEquals("error", f.severity());
        assertTrue(f.facts().stream().anyMatch(x -> x.key().equals("gpb.basic.public") && x.raw().equals("390.64万元")));
        assertEquals(0, new BigDecimal("28568400").compareTo(f.expected()));
        assertTrue(f.message().contains("2856.84万元"), f.message());
    }

    @Test
    void aChangedShareNoLongerMatchesItsAmount() throws IOException {
        List<Finding> findings = extract("share", "城乡社区支出3,752.39万元，占51.06%", "城乡社区支出3,752.39万元，占55.06%");
        assertEquals(List.of("share.matches gpb.class.share[212] 55.06%"), added(findings));
        Finding f = findings.stream().filter(x -> x.facts().get(0).code() != null).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("51.06").compareTo(f.expected()));
        assertEquals(List.of("gpb.class.share", "gpb.class", "gpb.expenditure"), f.facts().stream().map(Fact::key).toList());
    }

    @Test
    void aFigurePrintedIn元Among万元IsAUnitAnomalyNotASumOrShareError() throws IOException {
        List<Finding> findings = extract("unit", "城乡社区支出3,752.39万元，占51.06%", "城乡社区支出3,752.39元，占51.06%");
        assertEquals(List.of("unit.anomaly gpb.class[212] 3,752.39元"), added(findings));
        Finding f = findings.stream().filter(x -> x.rule().equals("unit.anomaly")).findFirst().orElseThrow();
        assertEquals("warning", f.severity());
        assertEquals(0, new BigDecimal("37523900").compareTo(f.expected()));
        assertTrue(f.message().contains("3752.39万元"), f.message());
    }

    @Test
    void aChangedRateNoLongerMatchesTheChange() throws IOException {
        List<Finding> findings = extract("rate", "增长53.65%", "增长43.65%");
        assertEquals(List.of("change.matches total.incomeExpenditure.changeRate 43.65%"), added(findings));
        Finding f = findings.stream().filter(x -> x.rule().equals("change.matches")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("53.65").compareTo(f.expected()));
    }
}
