package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.text.TextPosition;

/** One character drawn on a page, in top-left page coordinates; {@code baseline} is the y of its baseline. */
record Glyph(String text, double x, double width, double baseline, double height) {
    static Glyph of(TextPosition position) {
        double height = position.getHeightDir();
        if (!(height > 0)) {
            height = position.getFontSizeInPt() * 0.7;
        }
        return new Glyph(position.getUnicode(), position.getXDirAdj(), position.getWidthDirAdj(),
                position.getYDirAdj(), height);
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return baseline - height / 2;
    }

    double right() {
        return x + width;
    }

    /** The same character drawn again on top of itself (how some PDFs fake bold). */
    boolean overprints(Glyph other) {
        return text.equals(other.text) && Math.abs(x - other.x) < width / 2 + 0.1
                && Math.abs(baseline - other.baseline) < height / 2 + 0.1;
    }
}
