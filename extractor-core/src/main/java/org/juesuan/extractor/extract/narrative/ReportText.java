package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.Provenance;
import org.juesuan.extractor.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's normalized text seen by section: the part of each section that is its own (before its first
 * child), the paragraphs in it, and the provenance of any span (section id, offsets, page, a text window).
 */
final class ReportText {
    /** A paragraph, or the part of one, that lies in one section's own text. */
    record Passage(Section section, int start, int end) {
    }

    private static final int WINDOW = 40;

    private final String text;
    private final List<Block> blocks;
    private final List<Section> sections;

    ReportText(String text, List<Block> blocks, List<Section> sections) {
        this.text = text;
        this.blocks = blocks;
        this.sections = sections;
    }

    String text() {
        return text;
    }

    /** Every section with its own passages, depth first in document order. */
    List<Passage> passages() {
        List<Passage> passages = new ArrayList<>();
        collect(sections, passages);
        return passages;
    }

    private void collect(List<Section> level, List<Passage> out) {
        for (Section section : level) {
            int ownEnd = section.children().isEmpty() ? section.end() : section.children().get(0).start();
            for (Block block : blocks) {
                if (block instanceof ParagraphBlock && block.end() > section.start() && block.start() < ownEnd) {
                    out.add(new Passage(section, Math.max(block.start(), section.start()), Math.min(block.end(), ownEnd)));
                }
            }
            collect(section.children(), out);
        }
    }

    Provenance provenance(Section section, int start, int end) {
        Block block = blockAt(start);
        int from = Math.max(block == null ? 0 : block.start(), start - WINDOW);
        int to = Math.min(block == null ? text.length() : block.end(), end + WINDOW);
        return new Provenance(section == null ? null : section.id(), start, end, block == null ? null : block.page(),
                text.substring(from, to));
    }

    private Block blockAt(int offset) {
        for (Block block : blocks) {
            if (block.start() <= offset && offset < block.end()) {
                return block;
            }
        }
        return null;
    }
}
