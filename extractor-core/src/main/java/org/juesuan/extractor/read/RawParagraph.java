package org.juesuan.extractor.read;

/**
 * A paragraph as read. {@code text} may contain '\n' where the source wrapped a line inside the paragraph
 * (PDF lines, soft breaks); the normalizer joins those. {@code headingLevel} is 1–6 for marked headings, else null.
 */
public record RawParagraph(String text, Integer page, Integer headingLevel) implements RawBlock {
    public static RawParagraph of(String text, Integer page) {
        return new RawParagraph(text, page, null);
    }
}
