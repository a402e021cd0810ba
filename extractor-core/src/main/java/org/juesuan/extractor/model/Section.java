package org.juesuan.extractor.model;

import java.util.List;

/** A node of the section tree (see shared/spec/sections.md); offsets are into the normalized text. */
public record Section(String id, String kind, String title, int level, int start, int end, List<Section> children) {
    public Section {
        children = List.copyOf(children);
    }
}
