package org.juesuan.extractor.read.ocr;

import java.util.List;

/** A line as OCR read it: its words left to right. */
public record OcrLine(List<OcrWord> words) {
    public OcrLine {
        words = List.copyOf(words);
    }

    /** The words joined by single spaces, as Tesseract's plain text gives a line. */
    public String text() {
        return String.join(" ", words.stream().map(OcrWord::text).toList());
    }
}
