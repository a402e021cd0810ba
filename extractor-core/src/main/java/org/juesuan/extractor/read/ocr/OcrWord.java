package org.juesuan.extractor.read.ocr;

/** A word as OCR read it, with its box in the page image's pixels (left, top, right, bottom). */
public record OcrWord(String text, int x0, int y0, int x1, int y1) {
    int height() {
        return y1 - y0;
    }
}
