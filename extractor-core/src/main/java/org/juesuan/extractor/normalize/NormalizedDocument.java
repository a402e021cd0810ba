package org.juesuan.extractor.normalize;

import org.juesuan.extractor.model.Block;

import java.util.List;

/**
 * The one normalized text of a document with its blocks (offsets into {@code text}), and the way back to
 * the reader's original text: {@link #originalOffset(int)} maps any offset of {@code text} (0 to its length)
 * to the corresponding offset of {@code originalText}.
 * <p>
 * {@code text} is what every later stage matches against: traditional characters are already simplified in
 * it (and in the blocks). {@link #printedText()} is the same text with the characters as printed; it has the
 * same length and character {@code i} of one stands for character {@code i} of the other, so an offset means
 * the same place in both. For a document printed in simplified characters the two are equal.
 */
public final class NormalizedDocument {
    private final String text;
    private final String printedText;
    private final List<Block> blocks;
    private final String originalText;
    private final int[] originalOffsets;
    private final Integer pages;

    NormalizedDocument(String text, String printedText, List<Block> blocks, String originalText, int[] originalOffsets,
                       Integer pages) {
        if (printedText.length() != text.length()) {
            throw new IllegalArgumentException("printed text of another length than the normalized text");
        }
        this.text = text;
        this.printedText = printedText;
        this.blocks = List.copyOf(blocks);
        this.originalText = originalText;
        this.originalOffsets = originalOffsets;
        this.pages = pages;
    }

    public String text() {
        return text;
    }

    /** The normalized text with its characters as printed (traditional ones not simplified), aligned with {@link #text()}. */
    public String printedText() {
        return printedText;
    }

    /** Whether the printed text differs from the normalized one (the document prints traditional characters). */
    public boolean hasTraditional() {
        return !printedText.equals(text);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The reader's text before normalization, blocks joined with the same separators as {@link #text()}. */
    public String originalText() {
        return originalText;
    }

    public int originalOffset(int normalizedOffset) {
        if (normalizedOffset < 0 || normalizedOffset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + normalizedOffset + " outside 0.." + text.length());
        }
        return originalOffsets[normalizedOffset];
    }

    /** The original characters behind normalized {@code [start, end)}. */
    public String originalSlice(int start, int end) {
        return originalText.substring(originalOffset(start), originalOffset(end));
    }

    public Integer pages() {
        return pages;
    }
}
