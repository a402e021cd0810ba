package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One cell; a cell with several paragraphs has them joined by a space in {@code text}.
 * Spans are only present when the source declared them (greater than 1).
 */
public record TableCell(int start, int end, String text,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer colSpan,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer rowSpan) {
}
