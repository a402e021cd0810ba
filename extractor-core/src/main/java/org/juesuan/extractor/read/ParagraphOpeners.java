package org.juesuan.extractor.read;

import java.util.regex.Pattern;

/**
 * Recognizes a line that opens a new paragraph by its first characters: a part, heading or list marker
 * ({@code 第二部分}, {@code 一、}, {@code （三）}, {@code 1、}, {@code 2.}), a figure or table caption, a note, or an
 * enumeration ({@code 一是}). A line break before such a line is a real break, never a wrap.
 */
public final class ParagraphOpeners {
    private static final Pattern OPENER = Pattern.compile(
            "^(?:第\\s*[一二三四五六七八九十\\d]+\\s*部分|[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]"
                    + "|\\d{1,2}\\s*[、．](?!\\d)|\\d{1,2}\\.(?!\\d)|图\\s*\\d|表\\s*\\d|注\\s*[:：]|附\\s*[件表]|目\\s*录"
                    + "|[一二三四五六七八九十]是)");

    private ParagraphOpeners() {
    }

    /** Whether {@code text}, read from {@code from}, starts with a paragraph opener. */
    public static boolean opensParagraph(CharSequence text, int from) {
        return OPENER.matcher(text).region(from, text.length()).lookingAt();
    }
}
