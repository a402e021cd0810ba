package org.juesuan.extractor.read;

/** A block as a reader saw it, before normalization: a paragraph or a table. */
public sealed interface RawBlock permits RawParagraph, RawTable {
    /** 1-based page, or null for formats without pages. */
    Integer page();
}
