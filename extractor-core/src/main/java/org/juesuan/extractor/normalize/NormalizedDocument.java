package org.juesuan.extractor.normalize;

import org.juesuan.extractor.model.Block;

import java.util.List;

/**
 * The one normalized text of a document with its blocks (offsets into {@code text}), and the way back to
 * the reader's original text: {@link #originalOffset(int)} maps any offset of {@code text} (0 to its length)
 * to the corresponding offset of {@code originalText}.
 */
public final class NormalizedDocument {
    private final String text;
    private final List<Block> blocks;
    private final String originalText;
    private final int[] originalOffsets;
    private final Integer pages;

    NormalizedDocument(String text, List<Block> blocks, String originalText, int[] originalOffsets, Integer pages) {
        this.text = text;
        this.blocks = List.copyOf(blocks);
        this.originalText = originalText;
        this.originalOffsets = originalOffsets;
        this.pages = pages;
    }

    public String text() {
        return text;
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
