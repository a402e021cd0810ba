package org.juesuan.extractor.segment;

import java.util.regex.Pattern;

/**
 * The comparable form of a heading's words: no whitespace, every quote style as {@code "}, ASCII parentheses
 * and colons as their full-width forms. {@code “三公”经费}, {@code "三公" 经费} and {@code 「三公」经费} all
 * become {@code "三公"经费}.
 */
final class HeadingWords {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private HeadingWords() {
    }

    /** In one pass over the characters: it runs on every paragraph of a report. */
    static String compact(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '\u00A0' -> {
                }
                case '“', '”', '„', '‟', '＂', '"', '\'', '‘', '’', '「', '」', '『', '』' -> s.append('"');
                case '(' -> s.append('（');
                case ')' -> s.append('）');
                case ':' -> s.append('：');
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** The text with runs of whitespace (tabs included) collapsed to one space and trimmed: a title as printed. */
    static String collapse(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
