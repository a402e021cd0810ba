package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of one standard 决算表 in a paragraph: the whole line ({@code 一、收入支出决算总表},
 * {@code 财政拨款“三公”经费支出决算表单位：万元}) or, where a PDF line join ran the title into the note of the
 * table before ({@code 注：本表反映…情况。收入决算表}), its tail after the last {@code 。}.
 */
record StatementTitle(int start, int end, String title, StatementKind kind, int lastBlock) {
    static final Pattern UNIT = Pattern.compile("\\s*单位\\s*[：:]\\s*万?元\\s*$");
    private static final int MAX_WRAPPED_LINES = 3;
    private static final int MAX_WRAPPED_LINE = 12;

    /**
     * The title starting at paragraph {@code index}, also when a narrow PDF table cell wrapped it over a few short
     * lines ({@code 十二、政府性基金} / {@code 预算财政拨款“三} / {@code 公”经费支出决算} / {@code 表}); the longest
     * title wins, so that a note on the next line ({@code （无数据）}) stays with its title.
     */
    static Optional<StatementTitle> find(List<Block> blocks, int index) {
        if (!(blocks.get(index) instanceof ParagraphBlock first)) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder(first.text());
        Optional<StatementTitle> found = find(first, index);
        for (int k = 1; k <= MAX_WRAPPED_LINES && index + k < blocks.size(); k++) {
            if (!(blocks.get(index + k) instanceof ParagraphBlock next) || next.text().strip().length() > MAX_WRAPPED_LINE
                    || HeadingMarker.parse(next.text().strip()).family() != HeadingMarker.Family.NONE) {
                break;
            }
            joined.append(next.text().strip());
            int last = index + k;
            Optional<StatementTitle> longer = at(joined.toString(), 0, first.start(), last)
                    .map(t -> new StatementTitle(t.start(), next.end(), t.title(), t.kind(), last));
            if (longer.isPresent()) {
                found = longer;
            }
        }
        return found;
    }

    private static Optional<StatementTitle> find(ParagraphBlock paragraph, int index) {
        String text = paragraph.text();
        Optional<StatementTitle> whole = at(text, 0, paragraph.start(), index);
        if (whole.isPresent()) {
            return whole;
        }
        int stop = text.lastIndexOf('。');
        return stop < 0 || stop == text.length() - 1 ? Optional.empty() : at(text, stop + 1, paragraph.start(), index);
    }

    private static Optional<StatementTitle> at(String text, int from, int blockStart, int lastBlock) {
        String tail = text.substring(from);
        int lead = tail.length() - tail.stripLeading().length();
        Matcher unit = UNIT.matcher(tail);
        String line = (unit.find() ? tail.substring(0, unit.start()) : tail).strip();
        if (line.isEmpty() || line.length() > 60) {
            return Optional.empty();
        }
        HeadingMarker marker = HeadingMarker.parse(line);
        String words = HeadingWords.compact(HeadingCandidate.titleWords(line.substring(marker.length())));
        int start = blockStart + from + lead;
        Optional<StatementKind> kind = StatementKind.ofTitle(words);
        if (kind.isEmpty() && marker.family().numbered()) {
            kind = StatementKind.ofGarbledTitle(words);
        }
        return kind
                .map(k -> new StatementTitle(start, start + line.length(), HeadingWords.collapse(line), k, lastBlock));
    }
}
