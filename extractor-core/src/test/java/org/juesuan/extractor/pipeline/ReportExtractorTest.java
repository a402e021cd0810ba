package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.testing.ReportSchema;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportExtractorTest {

    @ParameterizedTest
    @CsvSource({
            "empty.txt, empty-file, empty",
            "empty.pdf, empty-file, empty",
            "random-bytes.pdf, corrupt, could not be parsed",
            "truncated.docx, corrupt, could not be parsed",
            "encrypted.pdf, encrypted, password"
    })
    void badInputsGiveAnErrorRecordWithAClearType(String file, String type, String messagePart) {
        ExtractionOutcome outcome = Extracted.outcome(RepoFiles.fixture("bad/" + file));
        ErrorRecord error = assertInstanceOf(ExtractionOutcome.Failure.class, outcome).error();
        assertEquals(type, error.error().type());
        assertTrue(error.error().message().contains(messagePart), error.error().message());
        assertEquals(file, error.source().fileName());
        ReportSchema.assertValid(ReportJson.toJson(error));
    }

    @Test
    void theEncryptedPdfIsStillKnownAsAPdf() {
        ErrorRecord error = ((ExtractionOutcome.Failure) Extracted.outcome(RepoFiles.fixture("bad/encrypted.pdf"))).error();
        assertEquals("pdf", error.source().format());
        assertEquals(64, error.source().sha256().length());
    }

    @ParameterizedTest
    @CsvSource({
            "gb18030.txt, 001_ac178a9e9dd67b94.txt",
            "utf16.txt, 004_b2fb7ddb4acb550d.txt",
            "utf8-bom.txt, 003_452dfb289bf64cc2.txt"
    })
    void otherEncodingsReadTheSameAsTheUtf8Seed(String file, String seed) {
        ReportDocument other = Extracted.report(RepoFiles.fixture("bad/" + file));
        ReportDocument utf8 = Extracted.report(RepoFiles.corpus(seed));
        assertEquals(utf8.text(), other.text());
    }

    @Test
    void aTextFileNamedDocxIsReadAsTheTextItIs() {
        ReportDocument report = Extracted.report(RepoFiles.fixture("bad/fake.docx"));
        assertEquals("txt", report.source().format());
        assertTrue(report.text().contains("这不是一个Word文档"));
    }

    @Test
    void aReportCarriesSourceIdentitySectionsAndFacts() throws IOException {
        Path file = RepoFiles.corpus("sh-putuo-shehuigongzuobu-2024.pdf");
        ReportDocument report = Extracted.report(file);
        assertEquals("sh-putuo-shehuigongzuobu-2024.pdf", report.source().fileName());
        assertEquals("pdf", report.source().format());
        assertEquals(Files.size(file), report.source().bytes());
        assertEquals(24, report.source().pages());
        assertEquals("1.1", report.schemaVersion());
        assertEquals("中共上海市普陀区委社会工作部", report.report().department());
        assertEquals(4, report.sections().size(), "概况, 决算表, 情况说明, 名词解释");
        assertTrue(report.facts().size() > 50, "facts: " + report.facts().size());
        assertEquals(List.of("same.concept.differs"), report.findings().stream().map(f -> f.rule()).toList(),
                "年初预算 0 vs 全年预算 321.02 (docs/validation.md)");
    }

    @Test
    void everyCorpusAndFixtureOutputMatchesTheSchema() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(RepoFiles.root().resolve("corpora")),
                Stream.of("seeds", "bad", "sheets").flatMap(dir -> list(RepoFiles.root().resolve("fixtures").resolve(dir))))) {
            long checked = files.peek(f -> ReportSchema.assertValid(ReportJson.toJson(Extracted.outcome(f).record())))
                    .count();
            assertTrue(checked >= 40, "checked " + checked);
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).filter(p -> !p.toString().endsWith(".csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
