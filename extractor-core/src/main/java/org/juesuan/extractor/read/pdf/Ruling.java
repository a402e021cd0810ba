package org.juesuan.extractor.read.pdf;

/**
 * A straight horizontal or vertical line drawn on a page, in page coordinates with the origin at the top left
 * (the coordinates PDFBox gives text positions in). A horizontal ruling lies at y = {@code position} from x =
 * {@code from} to {@code to}; a vertical one at x = {@code position} from y = {@code from} to {@code to}.
 */
record Ruling(boolean horizontal, double position, double from, double to) {
    double length() {
        return to - from;
    }

    /** Whether this (horizontal) ruling and {@code vertical} cross or touch, within {@code tolerance}. */
    boolean crosses(Ruling vertical, double tolerance) {
        return vertical.position >= from - tolerance && vertical.position <= to + tolerance
                && position >= vertical.from - tolerance && position <= vertical.to + tolerance;
    }

    /** Whether the ruling covers the coordinate {@code at} along its length. */
    boolean covers(double at, double tolerance) {
        return at >= from - tolerance && at <= to + tolerance;
    }
}
