package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A paragraph: one line of normalized text without line breaks. {@code headingLevel} (1–6) is set
 * when the source marked the paragraph as a heading (Word heading style, HTML h1–h6), else null.
 */
public record ParagraphBlock(int start, int end, Integer page, String text,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer headingLevel) implements Block {
}
