package org.juesuan.extractor.pipeline;

/** The parts of a report that stages add; a stage may only require the parts an earlier stage produces. */
public enum ReportPart {
    /** The input's bytes, name and path, its size and hash: there before the first stage. */
    INPUT,
    FORMAT,
    RAW_DOCUMENT,
    NORMALIZED_TEXT,
    SECTIONS,
    IDENTITY,
    IDENTITY_FACTS,
    STATEMENT_TABLES,
    TABLE_FACTS,
    NARRATIVE_FACTS,
    PERFORMANCE_FACTS,
    OCR_PROVENANCE,
    UNIT_CORRECTIONS,
    FINDINGS
}
