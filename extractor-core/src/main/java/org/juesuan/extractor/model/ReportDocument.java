package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The canonical model of one extracted report, serialized as one JSON document. {@code tables} are the standard
 * 决算表 recognized among the blocks; their figures are the facts with source {@code table}. {@code ocr} is present
 * only for a PDF some of whose pages needed OCR.
 */
public record ReportDocument(String schemaVersion, SourceInfo source, ReportInfo report, String text,
                             List<Block> blocks, List<Section> sections, List<StatementTable> tables,
                             List<Fact> facts, List<Finding> findings,
                             @JsonInclude(JsonInclude.Include.NON_NULL) OcrSummary ocr) {
    public static final String SCHEMA_VERSION = "1.1";

    public ReportDocument {
        blocks = List.copyOf(blocks);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
    }

    public ReportDocument(String schemaVersion, SourceInfo source, ReportInfo report, String text,
                          List<Block> blocks, List<Section> sections, List<StatementTable> tables,
                          List<Fact> facts, List<Finding> findings) {
        this(schemaVersion, source, report, text, blocks, sections, tables, facts, findings, null);
    }
}
