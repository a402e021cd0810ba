package org.juesuan.extractor.model;

import java.util.List;

/** The canonical model of one extracted report, serialized as one JSON document. */
public record ReportDocument(String schemaVersion, SourceInfo source, ReportInfo report, String text,
                             List<Block> blocks, List<Section> sections, List<Fact> facts, List<Finding> findings) {
    public static final String SCHEMA_VERSION = "1.0";

    public ReportDocument {
        blocks = List.copyOf(blocks);
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
    }
}
