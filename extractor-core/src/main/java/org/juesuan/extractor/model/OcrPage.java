package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A PDF page the reader sent to OCR, and why: {@code reason} is {@code no-text-layer} (no text, or only a few
 * characters) or {@code garbled-text-layer} (a text layer that fails the garbled-text check; {@code detail} gives
 * its figures), {@code dpi} the resolution it was rendered at for OCR. {@code read} is false when OCR was needed but not available (the page's text layer is then left
 * out, never passed on as garbage).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcrPage(int page, String reason, String detail, Integer dpi, boolean read) {
    public static final String NO_TEXT_LAYER = "no-text-layer";
    public static final String GARBLED_TEXT_LAYER = "garbled-text-layer";
}
