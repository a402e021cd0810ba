package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.extract.narrative.IdentityFacts;
import org.juesuan.extractor.extract.narrative.NarrativeExtractor;
import org.juesuan.extractor.extract.table.StatementTables;
import org.juesuan.extractor.model.ExtractionError;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.SourceInfo;
import org.juesuan.extractor.normalize.DocumentNormalizer;
import org.juesuan.extractor.normalize.NormalizedDocument;
import org.juesuan.extractor.read.DocumentFormat;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.read.ReadException;
import org.juesuan.extractor.read.ReadLimits;
import org.juesuan.extractor.read.Readers;
import org.juesuan.extractor.segment.Segmentation;
import org.juesuan.extractor.segment.Segmenter;
import org.juesuan.extractor.validate.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline for one input: read → normalize → segment → extract (narrative and 决算表 facts) → validate
 * (findings). A blank template, and a budget (部门预算) instead of a 决算, keep their recognized tables but yield
 * only their identity facts, no findings.
 * Never throws for a bad input: every failure becomes an error record. Thread-safe.
 */
public final class ReportExtractor {
    private final Readers readers = new Readers();
    private final DocumentNormalizer normalizer = new DocumentNormalizer();
    private final Segmenter segmenter = new Segmenter();
    private final NarrativeExtractor narrative = new NarrativeExtractor();
    private final StatementTables statementTables = new StatementTables();
    private final Validator validator = new Validator();

    public ExtractionOutcome extract(Path file) {
        return extract(file, null);
    }

    /**
     * With the content's SHA-256 already known (a batch hashes each input once to see whether it is up to date), so
     * that it is not computed again; null computes it.
     */
    public ExtractionOutcome extract(Path file, String sha256) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return failure(ErrorRecords.source(file, null, sizeOrZero(file)), ErrorType.IO_ERROR,
                    "could not read the file: " + ErrorRecords.reason(e));
        } catch (OutOfMemoryError e) {
            return failure(ErrorRecords.source(file, null, sizeOrZero(file)), ErrorType.TOO_LARGE,
                    "the file does not fit in memory (" + sizeOrZero(file) + " bytes)");
        }
        return extract(content, name, ErrorRecords.path(file), sha256);
    }

    public ExtractionOutcome extract(byte[] content, String fileName, String path) {
        return extract(content, fileName, path, null);
    }

    private ExtractionOutcome extract(byte[] content, String fileName, String path, String sha256) {
        SourceInfo source = new SourceInfo(fileName, path, ErrorRecords.extension(fileName),
                sha256 != null ? sha256 : Hashing.sha256(content), content.length, null);
        try {
            DocumentFormat format = readers.detect(content, fileName);
            source = source.withFormat(format.id(), null);
            RawDocument raw = readers.readerFor(format).read(content, fileName);
            NormalizedDocument normalized = normalizer.normalize(raw);
            source = source.withFormat(format.id(), normalized.pages());
            if (normalized.text().isBlank()) {
                return failure(source, ErrorType.NO_TEXT, "the document contains no text");
            }
            Segmentation segmentation = segmenter.segment(normalized, fileName);
            List<Fact> facts = new ArrayList<>(IdentityFacts.of(segmentation.report(), normalized.text(),
                    normalized.blocks()));
            List<Finding> findings = List.of();
            StatementTables.Extraction tables = statementTables.extract(normalized.text(), normalized.blocks(),
                    segmentation.sections());
            if (!segmentation.report().template() && !isBudget(segmentation.report().kind())) {
                facts.addAll(narrative.extract(normalized.text(), normalized.blocks(), segmentation.sections(),
                        segmentation.report().fiscalYear(), tables.facts()));
                facts.addAll(tables.facts());
            }
            facts = OcrProvenance.mark(facts, raw.ocr());
            if (!segmentation.report().template()) {
                findings = validator.validate(facts);
            }
            return new ExtractionOutcome.Success(AsPrinted.restore(new ReportDocument(ReportDocument.SCHEMA_VERSION,
                    source, segmentation.report(), normalized.text(), normalized.blocks(), segmentation.sections(),
                    tables.tables(), facts, findings, raw.ocr()), normalized));
        } catch (ReadException e) {
            return failure(source, e.type(), e.getMessage());
        } catch (StackOverflowError e) {
            return failure(source, ErrorType.TOO_LARGE, ReadLimits.NESTING_MESSAGE);
        } catch (OutOfMemoryError e) {
            // in a worker JVM, -XX:+ExitOnOutOfMemoryError ends the process first; in one JVM this keeps the batch going
            return failure(source, ErrorType.TOO_LARGE, "reading the file ran out of memory ("
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap)");
        } catch (RuntimeException e) {
            return failure(source, ErrorType.INTERNAL, "extraction failed unexpectedly: " + e);
        }
    }

    /** A 部门预算 / 单位预算: its figures are plans, not the 决算 figures the facts contract keys. */
    private static boolean isBudget(String kind) {
        return kind != null && kind.contains("预算"); // 部门预算, 单位预算, 预算草案
    }

    private static ExtractionOutcome failure(SourceInfo source, ErrorType type, String message) {
        return new ExtractionOutcome.Failure(new ErrorRecord(ReportDocument.SCHEMA_VERSION, source,
                new ExtractionError(type.id(), message)));
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
