package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Which pages of a PDF were read by OCR, with what, and why. {@code engine} and {@code language} name the OCR
 * engine used ({@code tesseract}, {@code chi_sim}); when OCR
 * was needed but is not available {@code engine} is null and {@code unavailable} says what to install.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcrSummary(String engine, String language, String unavailable, List<OcrPage> pages) {
    public OcrSummary {
        pages = List.copyOf(pages);
    }

    /** The pages whose text came from OCR. */
    public List<Integer> readPages() {
        return pages.stream().filter(OcrPage::read).map(OcrPage::page).toList();
    }
}
