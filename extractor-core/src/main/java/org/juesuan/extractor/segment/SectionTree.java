package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tree under construction: the path of open sections from the root to the latest heading, and the rules
 * that place a new heading on that path. {@link #build} turns it into {@link Section}s with dotted ids, depth
 * levels and offsets: a section runs from its heading to the next heading that is not inside it.
 */
final class SectionTree {
    static final class Node {
        final SectionKind kind;
        final HeadingRule rule;
        final HeadingMarker marker;
        final String title;
        final int start;
        final StatementKind statement;
        final boolean attachment;
        final List<Node> children = new ArrayList<>();
        Node parent;

        Node(SectionKind kind, HeadingRule rule, HeadingMarker marker, String title, int start,
             StatementKind statement, boolean attachment) {
            this.kind = kind;
            this.rule = rule;
            this.marker = marker;
            this.title = title;
            this.start = start;
            this.statement = statement;
            this.attachment = attachment;
        }

        boolean closed() {
            return rule != null && rule.closed();
        }

        HeadingMarker.Family family() {
            return marker.family();
        }
    }

    /** How the innermost open part reads its lines (see {@link Segmenter}). */
    enum Mode { BODY, LIST, STATEMENTS, ATTACHMENTS }

    private final Node root = new Node(null, null, HeadingMarker.NONE, "", 0, null, false);
    private final List<Node> path = new ArrayList<>(List.of(root));

    Mode mode() {
        for (int i = path.size() - 1; i > 0; i--) {
            Node node = path.get(i);
            if (node.closed()) {
                return Mode.LIST;
            }
            switch (node.kind) {
                case STATEMENTS, STATEMENT, APPENDIX_TABLES -> {
                    return Mode.STATEMENTS;
                }
                case ATTACHMENTS -> {
                    return Mode.ATTACHMENTS;
                }
                default -> {
                }
            }
        }
        return Mode.BODY;
    }

    void addTopLevel(Node node) {
        attach(root, node);
    }

    /** True when a heading of {@code rule} would find its expected parent among the open sections. */
    boolean hasParentFor(HeadingRule rule) {
        return rule.topLevel() || parentFor(rule, HeadingMarker.NONE) != null;
    }

    /**
     * Places a heading of known kind under the nearest open section of an expected parent kind. Passed over:
     * list sections, sections of the same rule (two "三公" subsections are siblings), and a parent numbered in the
     * same family as the heading (Shanghai's {@code 十、预算绩效管理情况} after {@code 九、…} is its sibling,
     * not its child). Without an expected parent in sight the heading's number decides.
     */
    void addByRule(Node node) {
        if (node.rule.topLevel()) {
            attach(root, node);
            return;
        }
        Node parent = parentFor(node.rule, node.marker);
        if (parent != null) {
            attach(parent, node);
        } else {
            addByNumber(node);
        }
    }

    private Node parentFor(HeadingRule rule, HeadingMarker marker) {
        for (int i = path.size() - 1; i > 0; i--) {
            Node open = path.get(i);
            if (open.closed() || open.rule == rule || !rule.parents().contains(open.kind)) {
                continue;
            }
            if (marker.family().numbered() && open.family() == marker.family()) {
                continue;
            }
            return open;
        }
        return null;
    }

    /**
     * Places a heading by its number, never above {@code floor}: after the nearest open heading of the same
     * family as its sibling — or as a child of the latest heading when it restarts at one (seed 001 numbers the
     * topics of its {@code （二）重点工作} {@code （一）（二）（三）} again); without one, as a child of the latest
     * heading that is not numbered further in.
     */
    void addByNumber(Node node) {
        addByNumber(node, root);
    }

    void addByNumber(Node node, Node floor) {
        int floorIndex = path.indexOf(floor);
        HeadingMarker.Family family = node.family();
        for (int i = path.size() - 1; i > floorIndex; i--) {
            Node open = path.get(i);
            if (open.family() != family) {
                continue;
            }
            if (family.numbered() && Integer.valueOf(1).equals(node.marker.ordinal())) {
                attach(last(), node);
            } else {
                attach(open.parent, node);
            }
            return;
        }
        int top = path.size() - 1;
        while (top > floorIndex && family.numbered() && path.get(top).family().rank > family.rank) {
            top--;
        }
        attach(path.get(top), node);
    }

    Node nearest(Predicate<Node> test) {
        for (int i = path.size() - 1; i > 0; i--) {
            if (test.test(path.get(i))) {
                return path.get(i);
            }
        }
        return null;
    }

    void attach(Node parent, Node node) {
        int index = path.indexOf(parent);
        path.subList(index + 1, path.size()).clear();
        node.parent = parent;
        parent.children.add(node);
        path.add(node);
    }

    private Node last() {
        return path.get(path.size() - 1);
    }

    List<Section> build(int textLength) {
        List<Node> order = new ArrayList<>();
        preorder(root, order);
        return sections(root, "", 1, order, textLength);
    }

    private static void preorder(Node node, List<Node> order) {
        for (Node child : node.children) {
            order.add(child);
            preorder(child, order);
        }
    }

    private static List<Section> sections(Node parent, String prefix, int level, List<Node> order, int textLength) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < parent.children.size(); i++) {
            Node node = parent.children.get(i);
            String id = prefix + (i + 1);
            List<Section> children = sections(node, id + ".", level + 1, order, textLength);
            out.add(new Section(id, node.kind.name(), node.title, level, node.start, end(node, order, textLength),
                    children, node.statement == null ? null : node.statement.id()));
        }
        return out;
    }

    /** Where the next heading not inside {@code node} starts (or the end of the text). */
    private static int end(Node node, List<Node> order, int textLength) {
        for (int i = order.indexOf(node) + 1; i < order.size(); i++) {
            if (!inside(order.get(i), node)) {
                return order.get(i).start;
            }
        }
        return textLength;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node.parent; n != null; n = n.parent) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
