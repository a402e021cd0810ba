package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Section;

import java.util.List;

/**
 * A section tree as an indented outline, one section a line, two spaces per level:
 * {@code KIND title}, with {@code STATEMENT[tableKind]} for tables. {@link #withOffsets} adds the id and the
 * {@code [start, end)} offsets for people inspecting a report; {@link #of} leaves them out, so that every format
 * of one report gives the same outline (the form of the expected trees in fixtures/sections/).
 */
public final class Outline {
    private Outline() {
    }

    public static String of(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        append(out, sections, false);
        return out.toString();
    }

    public static String withOffsets(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        append(out, sections, true);
        return out.toString();
    }

    private static void append(StringBuilder out, List<Section> sections, boolean offsets) {
        for (Section s : sections) {
            out.append("  ".repeat(s.level() - 1));
            if (offsets) {
                out.append(s.id()).append(' ');
            }
            out.append(s.kind());
            if (s.tableKind() != null) {
                out.append('[').append(s.tableKind()).append(']');
            }
            out.append(' ').append(s.title());
            if (offsets) {
                out.append("  [").append(s.start()).append(", ").append(s.end()).append(')');
            }
            out.append('\n');
            append(out, s.children(), offsets);
        }
    }
}
