package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.normalize.NormalizedDocument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a normalized document (text and blocks) into the standard section tree of docs/sections.md and
 * the report's identity. Headings are found line by line ({@link HeadingCandidate}); what counts as a heading
 * depends on the part the line stands in:
 * <ul>
 *   <li>body (概况, 情况说明): known headings by their words, wherever their number puts them; other headings
 *       numbered {@code 一、} or {@code （一）} (or styled as headings by the source) as {@code OTHER};</li>
 *   <li>a list (主要职能, 名词解释): only a known heading of another kind or a new part ends it;</li>
 *   <li>the 决算表 (Shanghai's 决算表 part, Sichuan's 附表): one {@code STATEMENT} per table title, table rows
 *       such as {@code 十一、城乡社区支出} are not headings;</li>
 *   <li>the 附件: one {@code OTHER} section per attached document ({@link AttachmentTitle}), with its own
 *       {@code 一、}/{@code （一）} headings under it, never mistaken for the report's own parts.</li>
 * </ul>
 * A {@code 第N部分} heading always starts a new top-level part; lines of the 目录 are never headings.
 * Stateless and thread-safe.
 */
public final class Segmenter {

    public Segmentation segment(NormalizedDocument document, String fileName) {
        return segment(document.text(), document.blocks(), fileName);
    }

    public Segmentation segment(String text, List<Block> blocks, String fileName) {
        Optional<TableOfContents> toc = TableOfContents.find(blocks);
        Map<Integer, AttachmentTitle> attachments = AttachmentTitle.findAll(blocks);
        SectionTree tree = new SectionTree();
        for (int i = 0; i < blocks.size(); i++) {
            int index = i;
            if (toc.map(t -> t.covers(index)).orElse(false) || !(blocks.get(i) instanceof ParagraphBlock p)) {
                continue;
            }
            i = read(tree, blocks, i, p, attachments);
        }
        var sections = tree.build(text.length());
        ReportInfo identity = ReportIdentity.identify(text, sections, toc, fileName);
        return new Segmentation(sections, identity, IdentityPlaces.of(identity, text, blocks), toc);
    }

    /** Reads paragraph {@code index} into the tree; returns the last block index it used. */
    private static int read(SectionTree tree, List<Block> blocks, int index, ParagraphBlock paragraph,
                            Map<Integer, AttachmentTitle> attachments) {
        HeadingCandidate heading = HeadingCandidate.read(blocks, index);
        if (heading.family() == HeadingMarker.Family.PART && heading.shaped()) {
            tree.addTopLevel(node(heading, heading.rule() == null ? SectionKind.OTHER : heading.rule().kind()));
            return heading.lastBlock();
        }
        switch (tree.mode()) {
            case STATEMENTS -> {
                Optional<StatementTitle> statement = StatementTitle.find(blocks, index);
                if (statement.isPresent()) {
                    StatementTitle s = statement.get();
                    tree.attach(tree.nearest(n -> n.kind == SectionKind.STATEMENTS || n.kind == SectionKind.APPENDIX_TABLES),
                            new SectionTree.Node(SectionKind.STATEMENT, null, HeadingMarker.NONE, s.title(), s.start(),
                                    s.kind(), false));
                    return s.lastBlock();
                } else if (heading.rule() != null && heading.rule().topLevel()) {
                    tree.addTopLevel(node(heading, heading.rule().kind()));
                    return heading.lastBlock();
                }
            }
            case ATTACHMENTS -> {
                AttachmentTitle attachment = attachments.get(index);
                if (attachment != null) {
                    tree.attach(tree.nearest(n -> n.kind == SectionKind.ATTACHMENTS),
                            new SectionTree.Node(SectionKind.OTHER, null, HeadingMarker.NONE, attachment.title(),
                                    attachment.start(), null, true));
                    return attachment.lastBlock();
                }
                if (heading.shaped() && outline(heading) && !namesTable(blocks, index)) {
                    SectionTree.Node floor = tree.nearest(n -> n.attachment || n.kind == SectionKind.ATTACHMENTS);
                    tree.addByNumber(new SectionTree.Node(SectionKind.OTHER, null, heading.marker(), heading.title(),
                            heading.start(), null, false), floor);
                }
            }
            case LIST -> {
                if (heading.rule() != null && tree.hasParentFor(heading.rule())) {
                    tree.addByRule(node(heading, heading.rule().kind()));
                    return heading.lastBlock();
                }
            }
            case BODY -> {
                if (heading.rule() != null) {
                    tree.addByRule(node(heading, heading.rule().kind()));
                    return heading.lastBlock();
                } else if (heading.shaped() && (outline(heading) || heading.styleLevel() != null)
                        && !namesTable(blocks, index)) {
                    tree.addByNumber(node(heading, SectionKind.OTHER));
                }
            }
        }
        return index;
    }

    /**
     * A numbered line naming one of the 决算表 ({@code 二、收入决算表}) is a list of tables, not a part of the
     * narrative: seed 001 ends with such a list, inside a table cell in Word and as plain lines in its PDF.
     */
    private static boolean namesTable(List<Block> blocks, int index) {
        return StatementTitle.find(blocks, index).isPresent();
    }

    /** Numbered as an outline level ({@code 一、}, {@code （一）}), not as a list item ({@code 1.}, {@code （1）}). */
    private static boolean outline(HeadingCandidate heading) {
        return heading.family() == HeadingMarker.Family.CHINESE || heading.family() == HeadingMarker.Family.PAREN_CHINESE;
    }

    private static SectionTree.Node node(HeadingCandidate heading, SectionKind kind) {
        return new SectionTree.Node(kind, heading.rule(), heading.marker(), heading.title(), heading.start(), null, false);
    }
}
