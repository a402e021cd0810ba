package org.juesuan.extractor.read;

import org.juesuan.extractor.model.OcrSummary;

import java.util.List;

/**
 * What a reader produced: blocks in reading order, the page count for paged formats (else null), and for a PDF
 * some of whose pages needed OCR which ones and why (else null).
 */
public record RawDocument(DocumentFormat format, List<RawBlock> blocks, Integer pages, OcrSummary ocr) {
    public RawDocument {
        blocks = List.copyOf(blocks);
    }

    public RawDocument(DocumentFormat format, List<RawBlock> blocks, Integer pages) {
        this(format, blocks, pages, null);
    }
}
