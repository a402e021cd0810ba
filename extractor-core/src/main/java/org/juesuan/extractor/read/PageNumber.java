package org.juesuan.extractor.read;

import java.util.regex.Pattern;

/**
 * A line that is only a page number as printed: {@code 3}, {@code —1—}, {@code - 3 -}, {@code ~2~},
 * {@code 第 3 页}, {@code 第 3 页 共 24 页}, {@code 3 / 24}. The one recognizer of page numbers, for the PDF
 * reader's line joining and for the cover's title lines.
 */
public final class PageNumber {
    private static final Pattern LINE = Pattern.compile("^(?:[-—–－~～]+\\s*\\d{1,4}\\s*[-—–－~～]+|\\d{1,4}"
            + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})$");

    private PageNumber() {
    }

    public static boolean matches(String line) {
        return LINE.matcher(line).matches();
    }

    /** A page number with its decoration ({@code —1—}, {@code - 3 -}, {@code 第 3 页 共 24 页}), never a bare number. */
    static boolean decorated(String line) {
        return matches(line) && !line.chars().allMatch(Character::isDigit);
    }
}
