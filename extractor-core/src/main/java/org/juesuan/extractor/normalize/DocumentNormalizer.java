package org.juesuan.extractor.normalize;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;
import org.juesuan.extractor.read.RawBlock;
import org.juesuan.extractor.read.RawCell;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.read.RawParagraph;
import org.juesuan.extractor.read.RawTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the one normalized text of a document: artifact blocks dropped, each paragraph and cell cleaned by
 * {@link TextCleaner}, a paragraph written as one line, a table row as its cells joined by tabs. Empty
 * paragraphs and tables without any text disappear. Every block and cell records its offsets. Traditional
 * characters become simplified ({@link SimplifiedChinese}, one for one) in the text and the blocks, which the
 * later stages match against; {@link NormalizedDocument#printedText()} keeps the characters as printed.
 */
public final class DocumentNormalizer {

    public NormalizedDocument normalize(RawDocument raw) {
        Assembly out = new Assembly();
        List<Block> blocks = new ArrayList<>();
        for (RawBlock block : Artifacts.filter(raw.blocks())) {
            if (block instanceof RawParagraph p) {
                CleanedText cleaned = TextCleaner.cleanMapped(p.text());
                if (cleaned.text().isEmpty()) {
                    continue;
                }
                int start = out.append(cleaned, p.text());
                blocks.add(new ParagraphBlock(start, out.text.length(), p.page(), out.text.substring(start),
                        p.headingLevel()));
                out.separator('\n');
            } else if (block instanceof RawTable t && hasText(t)) {
                blocks.add(table(t, out));
            }
        }
        return new NormalizedDocument(out.text.toString(), out.printed.toString(), blocks, out.original.toString(),
                out.offsets(), raw.pages());
    }

    private static TableBlock table(RawTable table, Assembly out) {
        int tableStart = out.text.length();
        List<TableRow> rows = new ArrayList<>();
        for (List<RawCell> rawRow : table.rows()) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < rawRow.size(); c++) {
                if (c > 0) {
                    out.separator('\t');
                }
                RawCell raw = rawRow.get(c);
                CleanedText cleaned = TextCleaner.cleanMapped(raw.text());
                int start = out.append(cleaned, raw.text());
                cells.add(new TableCell(start, out.text.length(), out.text.substring(start),
                        raw.colSpan() > 1 ? raw.colSpan() : null, raw.rowSpan() > 1 ? raw.rowSpan() : null));
            }
            out.separator('\n');
            rows.add(new TableRow(cells));
        }
        return new TableBlock(tableStart, out.text.length(), table.page(), rows);
    }

    private static boolean hasText(RawTable table) {
        return table.rows().stream().flatMap(List::stream).anyMatch(c -> !TextCleaner.clean(c.text()).isEmpty());
    }

    /**
     * The normalized, the printed and the original text growing side by side, with the offset map between them.
     * The normalized text is the printed one with traditional characters made simplified, one for one.
     */
    private static final class Assembly {
        final StringBuilder text = new StringBuilder();
        final StringBuilder printed = new StringBuilder();
        final StringBuilder original = new StringBuilder();
        /** map[i] is the original offset of normalized character i; always text.length() entries in use. */
        private int[] map = new int[4096];

        int append(CleanedText cleaned, String rawText) {
            int start = text.length();
            int originalStart = original.length();
            int[] index = cleaned.originalIndex();
            for (int i = 0; i < cleaned.text().length(); i++) {
                record(text.length() + i, originalStart + index[i]);
            }
            text.append(SimplifiedChinese.of(cleaned.text()));
            printed.append(cleaned.text());
            original.append(rawText);
            return start;
        }

        void separator(char c) {
            record(text.length(), original.length());
            text.append(c);
            printed.append(c);
            original.append(c);
        }

        private void record(int at, int originalOffset) {
            if (at >= map.length) {
                map = Arrays.copyOf(map, Math.max(map.length * 2, at + 1));
            }
            map[at] = originalOffset;
        }

        int[] offsets() {
            int[] result = Arrays.copyOf(map, text.length() + 1);
            result[text.length()] = original.length();
            return result;
        }
    }
}
