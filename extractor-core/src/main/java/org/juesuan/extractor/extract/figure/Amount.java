package org.juesuan.extractor.extract.figure;

import org.juesuan.extractor.model.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts: {@code 2155.89万元}, {@code 2,099.36万元}, {@code 307.82 万元}, {@code 1,705,100.00元},
 * {@code 1.2亿元}, {@code 5万余元}, {@code 53万} — in yuan, exact (万 moves the point 4 places, 亿 8).
 * A leading 约 is not part of the figure but flags it approximate.
 */
final class Amount {
    private static final Pattern MONEY = Pattern.compile(
            "(?<approx>约" + Numbers.GAP + ")?" + Numbers.NUMBER + Numbers.GAP
                    + "(?:(?<more1>[余多])?(?<mult>[亿万])(?<more2>[余多])?元"
                    + "|(?<more3>[余多])?元"
                    // a bare 万 is money only where nothing else can follow it (18万多公里 is a distance)
                    + "|(?<bare>[亿万])(?=[\\s，。；、,;:：（）()]|$))");

    private Amount() {
    }

    static List<Figure> find(String text, int from, int to) {
        List<Figure> found = new ArrayList<>();
        if (!Numbers.anyDigit(text, from, to)) {
            return found;
        }
        Matcher m = MONEY.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String multiplier = m.group("mult") != null ? m.group("mult") : m.group("bare");
            BigDecimal value = Numbers.parse(m.group("num"));
            value = MoneyUnit.in(multiplier == null ? "" : multiplier).toYuan(value);
            Set<FigureFlag> flags = EnumSet.noneOf(FigureFlag.class);
            if (m.group("approx") != null) {
                flags.add(FigureFlag.APPROXIMATE);
            }
            if (m.group("more1") != null || m.group("more2") != null || m.group("more3") != null) {
                flags.add(FigureFlag.LOWER_BOUND);
            }
            int start = m.start("num");
            found.add(new Figure(FigureKind.MONEY, value, text.substring(start, m.end()), start, m.end(),
                    FigureRole.STATED, flags));
        }
        return found;
    }
}
