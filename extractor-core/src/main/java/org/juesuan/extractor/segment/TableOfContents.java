package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table of contents (目录): the {@code 目录} line and the entry lines after it, up to where the body begins —
 * the first entry printed a second time, or else the first line that cannot be an entry (a sentence, a long
 * line, a table). Word's field codes left in the text by a conversion ({@code 一、收入决算情况说明 PAGEREF
 * _Toc25831 h 3}, {@code TOC \o "1-3" \h \z}) are not part of an entry; a run of entries carrying them
 * is a 目录 even where its {@code 目录} line is missing. {@code [start, end)} are offsets into the normalized
 * text; {@code firstBlock}/{@code endBlock} the block indexes it spans.
 */
public record TableOfContents(int start, int end, int firstBlock, int endBlock) {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[.·…．\\s-]*\\d{0,3}$");
    /** PAGEREF / HYPERLINK to a _Toc bookmark, and the TOC field itself, with or without their backslashes. */
    private static final Pattern FIELD_CODE = Pattern.compile(
            "(?:PAGEREF\\s+_Toc\\d+(?:\\s+\\\\?h\\b)?|HYPERLINK\\s+(?:\\\\?l\\s+)?\"?_Toc\\d+\"?"
                    + "|\\bTOC(?:\\s+\\\\?[a-z]\\b(?:\\s+\"[^\"]*\")?)+)");
    private static final Pattern TOC_BOOKMARK = Pattern.compile("PAGEREF\\s+_Toc\\d+");
    private static final int MAX_ENTRY = 60;

    static Optional<TableOfContents> find(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ParagraphBlock p) {
                String words = HeadingWords.compact(withoutFieldCodes(p.text()));
                if (words.equals("目录")) {
                    return Optional.of(from(blocks, i, i + 1));
                }
                if (TOC_BOOKMARK.matcher(p.text()).find()) {
                    return Optional.of(from(blocks, i, i));
                }
            }
        }
        return Optional.empty();
    }

    /** The 目录 from block {@code title} (its 目录 line, or its first entry), entries from {@code firstEntryBlock}. */
    private static TableOfContents from(List<Block> blocks, int title, int firstEntryBlock) {
        String firstEntry = null;
        int end = firstEntryBlock;
        for (; end < blocks.size(); end++) {
            if (!(blocks.get(end) instanceof ParagraphBlock p)) {
                break;
            }
            String line = withoutFieldCodes(p.text());
            if (line.length() > MAX_ENTRY || line.contains("。")) {
                break;
            }
            String entry = entry(line);
            if (firstEntry == null) {
                firstEntry = entry;
            } else if (entry.equals(firstEntry)) {
                break;
            }
        }
        int endOffset = end < blocks.size() ? blocks.get(end).start() : blocks.get(end - 1).end();
        return new TableOfContents(blocks.get(title).start(), endOffset, title, end);
    }

    static String withoutFieldCodes(String line) {
        // every field code names one of these; most lines have none, and this runs on every paragraph
        if (!line.contains("PAGEREF") && !line.contains("HYPERLINK") && !line.contains("TOC")) {
            return line;
        }
        return FIELD_CODE.matcher(line).replaceAll("");
    }

    private static String entry(String line) {
        return HeadingWords.compact(PAGE_NUMBER.matcher(line).replaceAll(""));
    }

    boolean covers(int blockIndex) {
        return blockIndex >= firstBlock && blockIndex < endBlock;
    }
}
