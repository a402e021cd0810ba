package org.juesuan.extractor.read.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what OCR (Tesseract, chi_sim) gets wrong in a way printed text never is, before the line joins the
 * ordinary reading path (line joining, normalization, extraction), which handles the rest as for any PDF:
 * <ul>
 *   <li>spaces between two Chinese characters (Tesseract separates most) are dropped, first;</li>
 *   <li>a few report words misread by one look-alike character ({@code 文出} → {@code 支出}, {@code 拨委} → {@code 拨款}),
 *       also split over two lines ({@link #cleanLines}); {@code 〈} → {@code （} and {@code （05)} → {@code （05）};
 *       {@code “三公} with its closing quote misread or lost before {@code 经费} → {@code “三公”};</li>
 *   <li>{@code 点} read for {@code 占} before a share, a colon read for the decimal point of an amount
 *       ({@code 246:47 万元});</li>
 *   <li>ASCII {@code , : ; ( )} next to Chinese become {@code ，：；（）} as printed ({@code 1,511.89} keeps its comma);
 *       {@code 〈 《 <} before {@code 类/款/项} and a closing parenthesis are the opening {@code （} of {@code （类）};</li>
 *   <li>inside a figure only (a run of digits, {@code . ,} and look-alikes holding at least one digit, with no Latin
 *       letter before or after it): {@code O o} → {@code 0}, {@code l I |} → {@code 1}, {@code $} → {@code 5} (no
 *       report prints dollars), a digit read after a {@code %} before punctuation is dropped, a {@code %} read as
 *       {@code 9%} where no report prints that 9 is repaired, and spaces after a
 *       figure's {@code ,} or {@code .} ({@code 1, 511. 89}) are dropped.</li>
 * </ul>
 */
public final class OcrTextCleanup {
    private static final String HAN = "\\p{IsHan}";
    private static final String CJK = "[\\p{IsHan}，。；：、（）《》“”％]";
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=" + CJK + ")[ \\t]+(?=" + CJK + ")");
    private static final Pattern SPACE_IN_FIGURE = Pattern.compile("(?<=[0-9][.,]) +(?=[0-9])");
    private static final Pattern FIGURE = Pattern.compile("(?<![A-Za-z])[0-9OoIl|$][0-9OoIl|$.,]*+(?![A-Za-z])");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern CLASS_BRACKET = Pattern.compile("[〈《<(（〔【「]+\\s*([类款项])\\s*[)）〉》>〕】」]");
    private static final Pattern COMMA = Pattern.compile("(?<=" + HAN + "|[）)])\\s*,\\s*|,\\s*(?=" + HAN + ")");
    private static final Pattern COLON = Pattern.compile("(?<=" + HAN + "|）)\\s*:\\s*|(?<![0-9]):\\s*(?=" + HAN + ")");
    private static final Pattern SEMICOLON = Pattern.compile("(?<=" + HAN + "|%)\\s*;\\s*|;\\s*(?=" + HAN + ")");
    /** A percent sign read with a stray digit after it ({@code 20.51%6；}): no report prints a digit there. */
    private static final Pattern PERCENT_TAIL = Pattern.compile("%[0-9](?=\\s*[;；，,。])");
    /**
     * A percent sign read as {@code 9%} (or {@code *9%}): after a figure with two decimals ({@code 98.219%}, reports
     * print percentages to two decimals at most) or after three digits ({@code 1009%} for 完成预算100%).
     */
    private static final Pattern PERCENT_NINE = Pattern.compile("(?<![0-9.,])([0-9]+\\.[0-9]{2}|[0-9]{3}|0)\\*?9%");
    private static final Pattern OPEN_PAREN = Pattern.compile("\\(\\s*(?=" + HAN + ")|(?<=" + HAN + ")\\s*\\(");
    private static final Pattern CLOSE_PAREN = Pattern.compile("(?<=" + HAN + ")\\s*\\)|\\)\\s*(?=" + HAN + ")");

    /** An angle bracket is not printed in these reports; Tesseract reads it for a full-width opening parenthesis. */
    private static final Pattern ANGLE_OPEN = Pattern.compile("[《]?〈\\s*");
    private static final Pattern HALF_CLOSED = Pattern.compile("（([^（）()]{1,12})\\)");
    /**
     * Report words Tesseract's chi_sim misreads by one look-alike character (seen on the fixtures' scans); the
     * misread forms are not words, so they never stand in a printed report.
     */
    private static final Map<String, String> WORDS = Map.of(
            "文出", "支出", "拨委", "拨款", "拨秋", "拨款", "诀算", "决算", "缉费", "经费", "克元", "万元");
    /** Tesseract separates most Chinese characters by spaces; they go before anything else is matched. */
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=" + HAN + ")[ \\t]+(?=" + HAN + ")");
    /** {@code “三公”经费} with its closing quote read as {@code 、 ? '} or lost. */
    private static final Pattern THREE_PUBLIC = Pattern.compile("[“\"<]\\s*三\\s*公\\s*[?？、,，'’”\"]*\\s*(?=经)");
    /** A {@code （项）} whose opening parenthesis was lost ({@code 行政运行项）}), in a line that prints {@code （类）} or {@code （款）}. */
    private static final Pattern HALF_CLASS = Pattern.compile("(?<=" + HAN + ")([类款项])\\s*[)）]");
    /** {@code 占} read as {@code 点} before a share ({@code ，点 20.51%}): 点 never opens a figure there. */
    private static final Pattern SHARE = Pattern.compile("(?<=[，,；;]\\s{0,2})点(?=\\s*[0-9]+(\\.[0-9]+)?%)");
    /** A decimal point read as a colon in an amount ({@code 246:47 万元}): no time of day is counted in 万元. */
    /** {@code 单位：万元} with its colon read as a semicolon. */
    private static final Pattern UNIT = Pattern.compile("单位\\s*[;；:]\\s*(?=[万亿]?元)");
    private static final Pattern COLON_POINT = Pattern.compile("(?<![0-9:])([0-9]+):([0-9]{2})(?=\\s*万?元)");

    private OcrTextCleanup() {
    }

    public static String clean(String line) {
        String s = SPACE_BETWEEN_HAN.matcher(line.strip()).replaceAll("");
        for (Map.Entry<String, String> word : WORDS.entrySet()) {
            s = s.replace(word.getKey(), word.getValue());
        }
        s = THREE_PUBLIC.matcher(s).replaceAll("“三公”");
        s = CLASS_BRACKET.matcher(s).replaceAll("（$1）");
        if (s.contains("（类）") || s.contains("（款）")) {
            s = HALF_CLASS.matcher(s).replaceAll("（$1）");
        }
        s = SHARE.matcher(s).replaceAll("占");
        s = UNIT.matcher(s).replaceAll("单位：");
        s = COLON_POINT.matcher(s).replaceAll("$1.$2");
        s = ANGLE_OPEN.matcher(s).replaceAll("（");
        s = HALF_CLOSED.matcher(s).replaceAll("（$1）");
        s = SPACE_IN_FIGURE.matcher(s).replaceAll("");
        s = replaceFigures(s);
        s = PERCENT_TAIL.matcher(s).replaceAll("%");
        s = PERCENT_NINE.matcher(s).replaceAll("$1%");
        s = COMMA.matcher(s).replaceAll("，");
        s = COLON.matcher(s).replaceAll("：");
        s = SEMICOLON.matcher(s).replaceAll("；");
        s = OPEN_PAREN.matcher(s).replaceAll("（");
        s = CLOSE_PAREN.matcher(s).replaceAll("）");
        return SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
    }

    /**
     * The page's lines, each {@link #clean cleaned}, with a misread report word split over two lines repaired too
     * ({@code …（类）文} / {@code 出 1630.16 万元}).
     */
    public static List<String> cleanLines(List<String> lines) {
        List<String> cleaned = new ArrayList<>(lines.size());
        for (String line : lines) {
            String s = clean(line);
            if (!s.isEmpty()) {
                cleaned.add(s);
            }
        }
        for (int i = 0; i + 1 < cleaned.size(); i++) {
            String a = cleaned.get(i);
            String b = cleaned.get(i + 1);
            for (Map.Entry<String, String> word : WORDS.entrySet()) {
                String misread = word.getKey();
                if (a.endsWith(misread.substring(0, 1)) && b.startsWith(misread.substring(1))) {
                    cleaned.set(i, a.substring(0, a.length() - 1) + word.getValue().charAt(0));
                    cleaned.set(i + 1, word.getValue().charAt(1) + b.substring(1));
                    break;
                }
            }
        }
        return cleaned;
    }

    private static String replaceFigures(String s) {
        Matcher m = FIGURE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String figure = !DIGIT.matcher(m.group()).find() ? m.group() : m.group()
                    .replace('O', '0').replace('o', '0')
                    .replace('l', '1').replace('I', '1').replace('|', '1').replace('$', '5');
            m.appendReplacement(out, Matcher.quoteReplacement(figure));
        }
        m.appendTail(out);
        return out.toString();
    }
}
