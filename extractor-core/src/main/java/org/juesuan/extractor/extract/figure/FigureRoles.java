package org.juesuan.extractor.extract.figure;

import java.util.regex.Pattern;

/**
 * Reads the role of a figure from the words just before it in its clause: 占 makes a share, 完成预算 a
 * budget completion rate, 年初预算为 / 全年预算数 a budget. Year-over-year roles come from
 * {@link ChangeStatements}, which sees the whole comparison.
 */
final class FigureRoles {
    private static final Pattern COMPLETION = Pattern.compile(
            "(?:完成了?(?:年初|全年)?预算(?:数)?的?|预算执行率(?:为|是)?)$");
    private static final Pattern SHARE = Pattern.compile("占[^\\d，。；,;]*$");
    private static final Pattern BUDGET = Pattern.compile(
            "(?:(?:年初|全年)(?:部门)?预算(?:安排)?数?(?:为|是)?|预算(?:安排)?(?:数(?:为|是)?|为|是))[：:]?$");
    private static final int LOOK_BACK = 24;

    private FigureRoles() {
    }

    static Figure assign(String text, Figure figure) {
        String before = clauseBefore(text, figure.start());
        FigureRole role = switch (figure.kind()) {
            case PERCENT -> COMPLETION.matcher(before).find() ? FigureRole.BUDGET_COMPLETION
                    : SHARE.matcher(before).find() ? FigureRole.SHARE : FigureRole.STATED;
            case MONEY -> BUDGET.matcher(before).find() ? FigureRole.BUDGET : FigureRole.STATED;
            case COUNT -> FigureRole.STATED;
        };
        return role == figure.role() ? figure : figure.withRole(role);
    }

    /** The text of the figure's clause before it, without the spaces and threshold marks next to the number. */
    private static String clauseBefore(String text, int start) {
        int from = Math.max(0, start - LOOK_BACK);
        int i = start;
        while (i > from && "，。；,;：:\n\t".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        // keep a colon that ends the clause: 预算数：100万元
        if (i > from && (text.charAt(i - 1) == '：' || text.charAt(i - 1) == ':')) {
            int j = i - 1;
            while (j > from && "，。；,;\n\t".indexOf(text.charAt(j - 1)) < 0) {
                j--;
            }
            i = j;
        }
        return text.substring(i, start).replaceAll("[\\s\\u00A0\\u3000≥≤＞＜><约]+$", "");
    }
}
