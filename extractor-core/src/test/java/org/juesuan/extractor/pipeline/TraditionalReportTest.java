package org.juesuan.extractor.pipeline;

import com.hankcs.hanlp.HanLP;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seed report published in traditional characters: the same facts, quoted as printed. */
class TraditionalReportTest {
    private static final String SEED = "000_b5790c93cfb4a072.txt";

    @Test
    void theTraditionalEditionGivesTheSameFactsWithRawAndProvenanceAsPrinted() {
        String simplified = new String(RepoFiles.bytes(RepoFiles.corpus(SEED)), StandardCharsets.UTF_8);
        String traditional = HanLP.convertToTraditionalChinese(simplified);
        assertTrue(traditional.contains("一般公共預算財政撥款支出2143.75萬元"), "the test input really is traditional");

        ReportExtractor extractor = new ReportExtractor();
        ReportDocument fromSimplified = report(extractor, simplified);
        ReportDocument fromTraditional = report(extractor, traditional);

        assertEquals(identities(fromSimplified.facts()), identities(fromTraditional.facts()));
        assertEquals("政协攀枝花市委员会办公室", fromTraditional.report().department(), "identity is named in simplified");

        Fact gpb = fromTraditional.facts().stream().filter(f -> f.key().equals("gpb.expenditure")).findFirst().orElseThrow();
        assertEquals("2143.75萬元", gpb.raw());
        assertEquals(gpb.raw(), fromTraditional.text().substring(gpb.provenance().start(), gpb.provenance().end()));
        assertTrue(gpb.provenance().text().contains("一般公共預算財政撥款支出2143.75萬元"), gpb.provenance().text());
        for (Fact fact : fromTraditional.facts()) {
            if (!fact.key().startsWith("report.")) {
                assertEquals(fact.raw(), fromTraditional.text().substring(fact.provenance().start(), fact.provenance().end()),
                        fact.key());
                assertTrue(fact.source().equals("table") || fromTraditional.text().contains(fact.provenance().text()),
                        fact.provenance().text());
            }
        }
        ParagraphBlock first = fromTraditional.blocks().stream().filter(ParagraphBlock.class::isInstance)
                .map(ParagraphBlock.class::cast).filter(p -> p.text().contains("部門決算")).findFirst().orElseThrow();
        assertEquals(first.text(), fromTraditional.text().substring(first.start(), first.end()), "blocks as printed");
    }

    private static ReportDocument report(ReportExtractor extractor, String text) {
        return (ReportDocument) extractor.extract(text.getBytes(StandardCharsets.UTF_8), SEED, SEED).record();
    }

    private static List<String> identities(List<Fact> facts) {
        return facts.stream().map(f -> f.key() + "|" + f.code() + "|" + f.value()).sorted().toList();
    }
}
