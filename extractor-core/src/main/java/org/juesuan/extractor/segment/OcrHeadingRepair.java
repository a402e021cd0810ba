package org.juesuan.extractor.segment;

import com.hankcs.hanlp.algorithm.EditDistance;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings as OCR misreads them, written back as the known heading they stand for, so that the
 * segmenter finds them as it finds a text layer's. Only for lines read by OCR (the PDF reader's OCR step calls it
 * per line) and only for heading-shaped lines: an outline number ({@code 三、}, {@code （二）}) read with a bracket
 * lost or misread ({@code 二）}, {@code 《二广}), followed by a short title with no figure and no sentence inside.
 * The title must be a known heading exactly or within a few edits (Damerau–Levenshtein, HanLP's
 * {@link EditDistance}: one edit per eight characters) of exactly one heading of the vocabulary, every heading of
 * another kind being farther; anything else, including a tie, is left as read. No figure is ever touched: a line
 * holding a digit after its number is not a heading.
 */
public final class OcrHeadingRepair {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final String OPEN = "[（(〈《〔<【\\[]";
    private static final String CLOSE = "[）)〉》〕>】\\]]";
    /** {@code （二）} with its closing bracket misread as any one character ({@code 《二广}), or lost. */
    private static final Pattern PAREN = Pattern.compile("^" + OPEN + "\\s*(" + CN + ")\\s*(\\S)?\\s*");
    /** {@code 二）}: the opening bracket lost. */
    private static final Pattern HALF_PAREN = Pattern.compile("^(" + CN + ")\\s*" + CLOSE + "\\s*");
    /** {@code 三、} read with a comma or a point for its {@code 、}. */
    private static final Pattern ENUMERATION = Pattern.compile("^(" + CN + ")\\s*[、，,.．]\\s*");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s、．.，,]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。．.：:；;，,、]+$");
    private static final Pattern NOT_A_TITLE = Pattern.compile("[0-9。；;：:，,%％]");
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 30;
    private static final int CHARACTERS_PER_EDIT = 8;

    private OcrHeadingRepair() {
    }

    /** The line as the known heading it was misread from; the line itself when it is none (or already right). */
    public static String repair(String line) {
        String s = line.strip();
        Matcher half = HALF_PAREN.matcher(s);
        if (half.find()) {
            return heading("（" + half.group(1) + "）", s.substring(half.end())).orElse(line);
        }
        Matcher paren = PAREN.matcher(s);
        if (paren.find()) {
            String marker = "（" + paren.group(1) + "）";
            Optional<String> closed = heading(marker, s.substring(paren.end()));
            // the character after the number may be the title's first, its closing bracket lost
            return closed.or(() -> paren.group(2) == null ? Optional.empty()
                    : heading(marker, s.substring(paren.start(2)))).orElse(line);
        }
        Matcher enumeration = ENUMERATION.matcher(s);
        if (enumeration.find()) {
            return heading(enumeration.group(1) + "、", s.substring(enumeration.end())).orElse(line);
        }
        return line;
    }

    /** The marker and the title the words stand for, if they are a known heading's (exactly or closely). */
    private static Optional<String> heading(String marker, String rest) {
        String asRead = LEADING_PUNCTUATION.matcher(rest).replaceAll("").strip();
        String words = HeadingWords.compact(TRAILING_PUNCTUATION.matcher(asRead).replaceAll(""));
        if (words.length() < MIN_WORDS || words.length() > MAX_WORDS || NOT_A_TITLE.matcher(words).find()) {
            return Optional.empty();
        }
        if (HeadingVocabulary.match(words, true).isPresent()) {
            return Optional.of(marker + asRead);
        }
        return closest(words).map(printed -> marker + printed);
    }

    /** The printed form of the one known heading within the allowed edits of these words, all others farther. */
    static Optional<String> closest(String words) {
        Map<SectionKind, Integer> distances = new EnumMap<>(SectionKind.class);
        Map<SectionKind, String> nearest = new EnumMap<>(SectionKind.class);
        for (Map.Entry<String, HeadingRule> entry : HeadingVocabulary.printed().entrySet()) {
            int distance = EditDistance.compute(words, entry.getKey());
            SectionKind kind = entry.getValue().kind();
            if (distance < distances.getOrDefault(kind, Integer.MAX_VALUE)) {
                distances.put(kind, distance);
                nearest.put(kind, entry.getKey());
            }
        }
        int allowed = Math.max(1, words.length() / CHARACTERS_PER_EDIT);
        List<SectionKind> close = distances.keySet().stream()
                .sorted(Comparator.comparing(distances::get)).toList();
        if (close.isEmpty() || distances.get(close.get(0)) > allowed
                || (close.size() > 1 && distances.get(close.get(1)).equals(distances.get(close.get(0))))) {
            return Optional.empty();
        }
        return Optional.of(nearest.get(close.get(0)));
    }
}
