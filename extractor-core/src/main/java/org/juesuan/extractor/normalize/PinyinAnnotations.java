package org.juesuan.extractor.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops pinyin printed in brackets after Chinese characters, as some 繁體 pages do ({@code 部門(bù mén)決算} →
 * {@code 部門決算}), keeping the map to the original characters. Only a bracket right after a Chinese character
 * whose content is Latin syllables with at least one tone mark counts: {@code (PPP)} or {@code (2024)} stay.
 */
final class PinyinAnnotations {
    private static final String LETTER = "[a-zA-Z\\u00C0-\\u024F\\u0300-\\u036F]";
    private static final Pattern BRACKETED = Pattern.compile(
            "(?<=\\p{IsHan})\\s?[(（]\\s*" + LETTER + "+(?:[\\s'’-]+" + LETTER + "+)*\\s*[)）]");
    private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ\\u0300-\\u036F]");

    private PinyinAnnotations() {
    }

    static CleanedText drop(CleanedText cleaned) {
        String text = cleaned.text();
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return cleaned;
        }
        Matcher m = BRACKETED.matcher(text);
        StringBuilder out = null;
        int[] index = null;
        int n = 0;
        int copied = 0;
        while (m.find()) {
            if (!TONE.matcher(m.group()).find()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
                index = new int[text.length() + 1];
            }
            for (int i = copied; i < m.start(); i++) {
                out.append(text.charAt(i));
                index[n++] = cleaned.originalIndex()[i];
            }
            copied = m.end();
        }
        if (out == null) {
            return cleaned;
        }
        for (int i = copied; i < text.length(); i++) {
            out.append(text.charAt(i));
            index[n++] = cleaned.originalIndex()[i];
        }
        index[n] = cleaned.originalIndex()[text.length()];
        return new CleanedText(out.toString(), java.util.Arrays.copyOf(index, n + 1));
    }
}
