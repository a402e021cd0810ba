package org.juesuan.extractor.extract.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of things: {@code 8批次}, {@code 108人次}, {@code 8辆}, {@code 1个}, {@code 15人}, {@code 30次},
 * {@code 0台（套）}, {@code 20份}, {@code 400余人}. Years, dates and classification codes carry no count word, so they are
 * never counts; {@code 第5次} is an ordinal.
 */
final class Count {
    private static final Pattern COUNT = Pattern.compile(
            "(?<bound>[≥≤＞＜><]" + Numbers.GAP + ")?(?<!第)" + Numbers.INTEGER + Numbers.GAP + "(?<more>[余多])?"
                    // the look-aheads keep names that start with a count word (30310 个人农业生产补贴, 20101 人大事务)
                    + "(?:批次|人次|件次|辆|个(?![人百])|名(?![称单义])|人(?![民员大])|次|件|台(?:（套）|\\(套\\))?(?![湾账])"
                    + "|套|项(?!目)|场(?![所地馆])|篇|份|家(?!庭))");

    private Count() {
    }

    static List<Figure> find(String text, int from, int to) {
        List<Figure> found = new ArrayList<>();
        if (!Numbers.anyDigit(text, from, to)) {
            return found;
        }
        Matcher m = COUNT.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            Set<FigureFlag> flags = EnumSet.noneOf(FigureFlag.class);
            if (m.group("more") != null) {
                flags.add(FigureFlag.LOWER_BOUND);
            }
            if (m.group("bound") != null) {
                flags.add(FigureFlag.THRESHOLD);
            }
            int start = m.start("num");
            found.add(new Figure(FigureKind.COUNT, Numbers.parse(m.group("num")), text.substring(start, m.end()),
                    start, m.end(), FigureRole.STATED, flags));
        }
        return found;
    }
}
