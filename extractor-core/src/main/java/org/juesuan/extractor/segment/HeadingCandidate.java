package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;

import java.util.List;
import java.util.Optional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paragraph says about itself as a possible heading: its span in the normalized text, its title as
 * printed, its number ({@link HeadingMarker}), its words in compact form, the reader's heading style, whether it
 * has the shape of a heading (short, no sentence inside, no amounts) and, when its words are known, the
 * {@link HeadingRule} giving its kind. Whether it becomes a section depends on where it stands
 * ({@link Segmenter}).
 *
 * <p>A heading whose body was run into the same paragraph (a PDF line join: {@code 九、国有资本经营预算财政拨款收入
 * 支出决算情况说明上海市普陀区…无…收入和支出。}) is cut after the longest known heading at its start.
 */
record HeadingCandidate(int start, int end, String title, HeadingMarker marker, String words, Integer styleLevel,
                        boolean shaped, HeadingRule rule, int lastBlock) {
    private static final int MAX_WORDS = 30;
    private static final int MAX_PART_WORDS = 45;
    private static final int MAX_WRAPPED_LINES = 2;
    private static final int MAX_WRAPPED_LINE = 8;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。．.：:；;，,、]+$");
    /** "（二）上级专项（项目）资金绩效目标完成情况。无": a heading answered on its own line. */
    private static final Pattern SHORT_ANSWER = Pattern.compile("^(.*[^。])。[^。，；]{1,3}$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern NOT_A_TITLE = Pattern.compile("[。；;：]|\\d\\.\\d|万元|%|\\d$");

    /**
     * The candidate of paragraph {@code index}. A heading whose words are unknown may go on over one or two very
     * short lines when together they make a known heading: a PDF wraps a long centred title
     * ({@code 第三部分上海市普陀区财政局2024年度部门决算情况} / {@code 说明}).
     */
    static HeadingCandidate read(List<Block> blocks, int index) {
        ParagraphBlock paragraph = (ParagraphBlock) blocks.get(index);
        HeadingCandidate single = read(paragraph.text(), paragraph.start(), paragraph.headingLevel(), index);
        if (single.rule() != null || !single.marker().family().numbered()) {
            return single;
        }
        StringBuilder joined = new StringBuilder(paragraph.text().stripTrailing());
        for (int k = 1; k <= MAX_WRAPPED_LINES && index + k < blocks.size(); k++) {
            if (!(blocks.get(index + k) instanceof ParagraphBlock next) || next.text().strip().length() > MAX_WRAPPED_LINE
                    || next.text().contains("。") || HeadingMarker.parse(next.text().strip()).family().numbered()) {
                break;
            }
            joined.append(next.text().strip());
            HeadingCandidate longer = read(joined.toString(), paragraph.start(), paragraph.headingLevel(), index + k);
            if (longer.rule() != null && longer.shaped()) {
                return new HeadingCandidate(longer.start(), next.end(), longer.title(), longer.marker(), longer.words(),
                        longer.styleLevel(), true, longer.rule(), index + k);
            }
        }
        return single;
    }

    private static HeadingCandidate read(String text, int blockStart, Integer styleLevel, int index) {
        int lead = text.length() - text.stripLeading().length();
        String line = text.strip();
        int start = blockStart + lead;
        HeadingMarker marker = HeadingMarker.parse(line);
        String words = HeadingWords.compact(titleWords(line.substring(marker.length())));
        boolean numbered = marker.family().numbered() || styleLevel != null;
        boolean shaped = !words.isEmpty()
                && words.length() <= (marker.family() == HeadingMarker.Family.PART ? MAX_PART_WORDS : MAX_WORDS)
                && !NOT_A_TITLE.matcher(words).find();
        HeadingRule rule = shaped ? HeadingVocabulary.match(words, numbered)
                .or(() -> numbered ? HeadingVocabulary.closest(words) : Optional.empty()).orElse(null) : null;
        HeadingCandidate whole = new HeadingCandidate(start, start + line.length(), HeadingWords.collapse(line),
                marker, words, styleLevel, shaped, rule, index);
        if (!shaped && marker.family().rank >= 0 && marker.family().rank <= HeadingMarker.Family.PAREN_CHINESE.rank) {
            return runIn(whole, line);
        }
        return whole;
    }

    /** The words of a heading line without its number: no trailing punctuation, short answer or note in brackets. */
    static String titleWords(String rest) {
        String s = withoutTrailingPunctuation(rest);
        Matcher answer = SHORT_ANSWER.matcher(s);
        if (answer.matches()) {
            s = answer.group(1);
        }
        for (int i = 0; i < 2; i++) {
            String without = withoutTrailingNote(s);
            if (without.isBlank()) {
                break;
            }
            s = withoutTrailingPunctuation(without);
        }
        return s;
    }

    /*
     * The two below do what TRAILING_PUNCTUATION and TRAILING_NOTE do with replaceAll, from the end instead of
     * scanning the whole line (they run on every paragraph, most of them long prose). A line ending in a line
     * terminator (where $ also matches before it) is left to the patterns.
     */
    private static final String PUNCTUATION_CHARS = " \t\n\u000B\f\r。．.：:；;，,、";

    private static String withoutTrailingPunctuation(String s) {
        if (endsInLineTerminator(s)) {
            return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        }
        int end = s.length();
        while (end > 0 && PUNCTUATION_CHARS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String withoutTrailingNote(String s) {
        if (endsInLineTerminator(s)) {
            return TRAILING_NOTE.matcher(s).replaceAll("");
        }
        int last = s.length() - 1;
        if (last < 0 || (s.charAt(last) != '）' && s.charAt(last) != ')')) {
            return s;
        }
        for (int i = last - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                return s.substring(0, i);
            }
            if (c == '）' || c == ')') {
                return s;
            }
        }
        return s;
    }

    private static boolean endsInLineTerminator(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static HeadingCandidate runIn(HeadingCandidate whole, String line) {
        String rest = line.substring(whole.marker().length());
        int best = -1;
        HeadingRule bestRule = null;
        for (int i = 2; i <= Math.min(rest.length(), MAX_PART_WORDS); i++) {
            String prefix = rest.substring(0, i);
            if (!prefix.endsWith("情况") && !prefix.endsWith("说明")) {
                continue;
            }
            HeadingRule rule = HeadingVocabulary.match(HeadingWords.compact(prefix), true).orElse(null);
            if (rule != null) {
                best = i;
                bestRule = rule;
            }
        }
        if (bestRule == null) {
            return whole;
        }
        String title = line.substring(0, whole.marker().length() + best);
        return new HeadingCandidate(whole.start(), whole.start() + title.length(), HeadingWords.collapse(title),
                whole.marker(), HeadingWords.compact(rest.substring(0, best)), whole.styleLevel(), true, bestRule,
                whole.lastBlock());
    }

    HeadingMarker.Family family() {
        return marker.family();
    }
}
