package org.juesuan.extractor.read;

/** A cell as read; several paragraphs in one cell are separated by '\n'. Spans are 1 unless declared. */
public record RawCell(String text, int colSpan, int rowSpan) {
    public static RawCell of(String text) {
        return new RawCell(text, 1, 1);
    }
}
