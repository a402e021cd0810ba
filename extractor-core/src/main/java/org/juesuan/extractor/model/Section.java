package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A node of the section tree (see docs/sections.md); offsets are into the normalized text.
 * {@code level} is the depth in the tree (1 for a top-level part). {@code tableKind} is set only on
 * {@code STATEMENT} sections: the kind of the standard 决算表 the section holds or names
 * ({@code income}, {@code gpbExpenditure}, …, see {@code segment.StatementKind}).
 */
public record Section(String id, String kind, String title, int level, int start, int end, List<Section> children,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String tableKind) {
    public Section {
        children = List.copyOf(children);
    }

    public Section(String id, String kind, String title, int level, int start, int end, List<Section> children) {
        this(id, kind, title, level, start, end, children, null);
    }
}
