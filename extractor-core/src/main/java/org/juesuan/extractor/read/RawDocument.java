package org.juesuan.extractor.read;

import java.util.List;

/** What a reader produced: blocks in reading order, and the page count for paged formats (else null). */
public record RawDocument(DocumentFormat format, List<RawBlock> blocks, Integer pages) {
    public RawDocument {
        blocks = List.copyOf(blocks);
    }
}
