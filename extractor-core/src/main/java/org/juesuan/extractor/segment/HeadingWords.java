package org.juesuan.extractor.segment;

import java.util.regex.Pattern;

/**
 * The comparable form of a heading's words: no whitespace, every quote style as {@code "}, ASCII parentheses
 * and colons as their full-width forms. {@code “三公”经费}, {@code "三公" 经费} and {@code 「三公」经费} all
 * become {@code "三公"经费}.
 */
final class HeadingWords {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern QUOTES = Pattern.compile("[“”„‟＂\"'‘’「」『』]");

    private HeadingWords() {
    }

    static String compact(String text) {
        String s = SPACE.matcher(text).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("\"");
        return s.replace('(', '（').replace(')', '）').replace(':', '：');
    }

    /** The text with runs of whitespace (tabs included) collapsed to one space and trimmed: a title as printed. */
    static String collapse(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
