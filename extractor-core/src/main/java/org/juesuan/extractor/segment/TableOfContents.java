package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table of contents (目录): the {@code 目录} line and the entry lines after it, up to where the body begins —
 * the first entry printed a second time, or else the first line that cannot be an entry (a sentence, a long
 * line, a table). {@code [start, end)} are offsets into the normalized text; {@code firstBlock}/{@code endBlock}
 * the block indexes it spans.
 */
public record TableOfContents(int start, int end, int firstBlock, int endBlock) {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[.·…．\\s-]*\\d{0,3}$");
    private static final int MAX_ENTRY = 60;

    static Optional<TableOfContents> find(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ParagraphBlock p && HeadingWords.compact(p.text()).equals("目录")) {
                return Optional.of(from(blocks, i));
            }
        }
        return Optional.empty();
    }

    private static TableOfContents from(List<Block> blocks, int title) {
        String firstEntry = null;
        int end = title + 1;
        for (; end < blocks.size(); end++) {
            if (!(blocks.get(end) instanceof ParagraphBlock p) || p.text().length() > MAX_ENTRY
                    || p.text().contains("。")) {
                break;
            }
            String entry = entry(p.text());
            if (firstEntry == null) {
                firstEntry = entry;
            } else if (entry.equals(firstEntry)) {
                break;
            }
        }
        int endOffset = end < blocks.size() ? blocks.get(end).start() : blocks.get(end - 1).end();
        return new TableOfContents(blocks.get(title).start(), endOffset, title, end);
    }

    private static String entry(String line) {
        return HeadingWords.compact(PAGE_NUMBER.matcher(line).replaceAll(""));
    }

    boolean covers(int blockIndex) {
        return blockIndex >= firstBlock && blockIndex < endBlock;
    }
}
