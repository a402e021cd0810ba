package org.juesuan.extractor.extract.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Percentages as printed: {@code 96.22%}, {@code 15.69 %}, {@code -75.94%}; {@code 16.19*%} is read and flagged. */
final class Percentage {
    private static final Pattern PERCENT = Pattern.compile(
            "(?<bound>[≥≤＞＜><]" + Numbers.GAP + ")?" + Numbers.NUMBER + Numbers.GAP
                    + "(?<stray>\\*" + Numbers.GAP + ")?[%％]");

    private Percentage() {
    }

    static List<Figure> find(String text, int from, int to) {
        List<Figure> found = new ArrayList<>();
        if (!Numbers.anyDigit(text, from, to)) {
            return found;
        }
        Matcher m = PERCENT.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            Set<FigureFlag> flags = EnumSet.noneOf(FigureFlag.class);
            if (m.group("bound") != null) {
                flags.add(FigureFlag.THRESHOLD);
            }
            if (m.group("stray") != null) {
                flags.add(FigureFlag.STRAY_CHARACTER);
            }
            int start = m.start("num");
            found.add(new Figure(FigureKind.PERCENT, Numbers.parse(m.group("num")), text.substring(start, m.end()),
                    start, m.end(), FigureRole.STATED, flags));
        }
        return found;
    }
}
