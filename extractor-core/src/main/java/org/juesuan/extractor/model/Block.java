package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of the normalized document, in reading order. {@code start}/{@code end} are offsets
 * into the report's normalized {@code text}; {@code page} is 1-based and null for formats without pages.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ParagraphBlock.class, name = "paragraph"),
        @JsonSubTypes.Type(value = TableBlock.class, name = "table")
})
public sealed interface Block permits ParagraphBlock, TableBlock {
    int start();

    int end();

    Integer page();
}
