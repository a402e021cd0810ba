package org.juesuan.extractor.model;

/** Where a figure stands: section id, offsets into the normalized text, page (null if unpaged) and a text window. */
public record Provenance(String section, int start, int end, Integer page, String text) {
}
