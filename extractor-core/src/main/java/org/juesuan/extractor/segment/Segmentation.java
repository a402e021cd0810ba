package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.model.Section;

import java.util.List;
import java.util.Optional;

/**
 * What the segmenter found: the section tree, the report's identity and where the text states it, and the table of
 * contents, if any.
 */
public record Segmentation(List<Section> sections, ReportInfo report, IdentityPlaces identityPlaces,
                           Optional<TableOfContents> tableOfContents) {
    public Segmentation {
        sections = List.copyOf(sections);
    }
}
