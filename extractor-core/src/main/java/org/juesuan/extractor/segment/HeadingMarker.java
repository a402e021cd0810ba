package org.juesuan.extractor.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number printed in front of a heading ({@code 第一部分}, {@code 三、}, {@code （二）}, {@code 9、}) — its family,
 * its value and how many characters it takes. Families are ranked from the outermost ({@link Family#PART}) in.
 */
record HeadingMarker(Family family, Integer ordinal, int length) {
    enum Family {
        PART(0), CHINESE(1), PAREN_CHINESE(2), ARABIC(3), PAREN_ARABIC(4), NONE(-1);

        final int rank;

        Family(int rank) {
            this.rank = rank;
        }

        boolean numbered() {
            return this != NONE;
        }
    }

    static final HeadingMarker NONE = new HeadingMarker(Family.NONE, null, 0);

    private record Form(Family family, Pattern pattern) {
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final List<Form> FORMS = List.of(
            new Form(Family.PART, Pattern.compile("^第\\s*(" + CN + "|\\d{1,2})\\s*部分\\s*[：:、]?\\s*")),
            new Form(Family.CHINESE, Pattern.compile("^(" + CN + ")\\s*[、．.]\\s*")),
            new Form(Family.PAREN_CHINESE, Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、．.]?\\s*")),
            // "（4） 预算绩效管理情况": Word's auto-numbering leftover, a digit plus a space where the template has
            // （四）. It stands for the （一） level, unlike "（1）人员类", a list item one level further in.
            new Form(Family.PAREN_CHINESE, Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)](?=[\\s\\u3000])\\s*")),
            new Form(Family.PAREN_ARABIC, Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*[、．.]?\\s*")),
            new Form(Family.ARABIC, Pattern.compile("^(\\d{1,2})\\s*(?:[、．.](?!\\d)|[）)])\\s*")));

    static HeadingMarker parse(String line) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(line);
            if (m.find()) {
                return new HeadingMarker(form.family(), number(m.group(1)), m.end());
            }
        }
        return NONE;
    }

    /** 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 二十三 → 23, "12" → 12. */
    static int number(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digit(digits.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(digits.charAt(0));
        int units = ten == digits.length() - 1 ? 0 : digit(digits.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        return "一二三四五六七八九".indexOf(c) + 1;
    }
}
