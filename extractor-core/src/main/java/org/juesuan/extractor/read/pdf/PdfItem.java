package org.juesuan.extractor.read.pdf;

import org.juesuan.extractor.read.RawCell;

import java.util.List;

/** What a PDF page holds, in reading order: lines of text and ruled tables. Pages are 1-based. */
public sealed interface PdfItem {
    int page();

    record TextLine(String text, int page) implements PdfItem {
    }

    record Table(List<List<RawCell>> rows, int page) implements PdfItem {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
