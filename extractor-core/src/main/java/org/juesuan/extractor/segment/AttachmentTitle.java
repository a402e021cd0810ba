package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The title lines of one attached document in the 附件 part: an optional label ({@code 附件1：}), an optional
 * line naming the unit or project ({@code 攀枝花市西区人民政府办公室}), the title proper, ending in 报告 or
 * 自评表/评价表 ({@code 2021年部门整体绩效评价报告}), and an optional subtitle in brackets ({@code （业务运行费）});
 * or a label alone. {@code title} is the lines joined by a space.
 */
record AttachmentTitle(int firstBlock, int lastBlock, int start, int end, String title) {
    private static final Pattern LABEL = Pattern.compile("附件\\s*\\d{0,2}\\s*[：:]?");
    private static final Pattern TITLE = Pattern.compile(".{2,40}(报告|自评表|评价表)");
    private static final Pattern SUBTITLE = Pattern.compile("[（(][^（）()。]{1,28}[）)]");
    private static final Pattern NAME_LINE = Pattern.compile("[^。；，：:,;]{2,25}");

    /** Every attachment title of the document, by the index of its first block. */
    static Map<Integer, AttachmentTitle> findAll(List<Block> blocks) {
        Map<Integer, AttachmentTitle> titles = new HashMap<>();
        int consumedUpTo = -1;
        for (int i = 0; i < blocks.size(); i++) {
            String line = line(blocks, i);
            if (line == null || i <= consumedUpTo) {
                continue;
            }
            Tail tail = tail(blocks, i);
            if (tail != null) {
                int last = subtitleAfter(blocks, i) ? i + 1 : i;
                String title = tail.text() + (last > i ? " " + line(blocks, last) : "");
                titles.put(i, new AttachmentTitle(i, last, tail.start(), blocks.get(last).end(),
                        HeadingWords.collapse(title)));
                consumedUpTo = last;
            } else if (TITLE.matcher(line).matches() && unnumbered(line)) {
                int first = i;
                if (isNameLine(line(blocks, i - 1)) && i - 1 > consumedUpTo) {
                    first = i - 1;
                }
                if (isLabel(line(blocks, first - 1)) && first - 1 > consumedUpTo) {
                    first--;
                }
                int last = subtitleAfter(blocks, i) ? i + 1 : i;
                titles.remove(first);
                titles.put(first, of(blocks, first, last));
                consumedUpTo = last;
            } else if (isLabel(line)) {
                titles.put(i, of(blocks, i, i));
            }
        }
        return titles;
    }

    private record Tail(int start, String text) {
    }

    /**
     * A title run into the end of the paragraph before it by a PDF line join ({@code …提高服务质量。机要高清业务费
     * 2020年绩效评价报告}): the text after the paragraph's last {@code 。}, when it is a title.
     */
    private static Tail tail(List<Block> blocks, int i) {
        if (!(blocks.get(i) instanceof ParagraphBlock p)) {
            return null;
        }
        String text = p.text();
        int stop = text.lastIndexOf('。');
        if (stop < 0) {
            return null;
        }
        String rest = text.substring(stop + 1);
        String title = rest.strip();
        if (!TITLE.matcher(title).matches() || !unnumbered(title)) {
            return null;
        }
        return new Tail(p.start() + stop + 1 + (rest.length() - rest.stripLeading().length()), title);
    }

    private static boolean subtitleAfter(List<Block> blocks, int i) {
        String next = line(blocks, i + 1);
        return next != null && SUBTITLE.matcher(next).matches();
    }

    private static AttachmentTitle of(List<Block> blocks, int first, int last) {
        StringBuilder title = new StringBuilder();
        for (int i = first; i <= last; i++) {
            title.append(title.isEmpty() ? "" : " ").append(line(blocks, i));
        }
        return new AttachmentTitle(first, last, blocks.get(first).start(), blocks.get(last).end(),
                HeadingWords.collapse(title.toString()));
    }

    private static boolean isLabel(String line) {
        return line != null && LABEL.matcher(line).matches();
    }

    private static boolean isNameLine(String line) {
        return line != null && NAME_LINE.matcher(line).matches() && unnumbered(line) && !isLabel(line)
                && !TITLE.matcher(line).matches() && !SUBTITLE.matcher(line).matches();
    }

    private static boolean unnumbered(String line) {
        return HeadingMarker.parse(line).family() == HeadingMarker.Family.NONE;
    }

    /** The stripped text of paragraph {@code i}, or null for a table or an index out of range. */
    private static String line(List<Block> blocks, int i) {
        if (i < 0 || i >= blocks.size() || !(blocks.get(i) instanceof ParagraphBlock p)) {
            return null;
        }
        return p.text().strip();
    }
}
