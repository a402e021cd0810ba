package org.juesuan.extractor.normalize;

import org.juesuan.extractor.read.ParagraphOpeners;

import java.text.Normalizer;
import java.util.Map;

/**
 * Cleans the text of one paragraph or cell, remembering where each kept character came from:
 * <ul>
 *   <li>removes Tika's {@code [bookmark: …]} markers, and {@code [image: …]} placeholders with the OCR noise
 *       that follows them on the same line (anything up to the line end without a Chinese character);</li>
 *   <li>joins the lines of a wrapped paragraph or multi-paragraph cell: no separator, except a space between
 *       two Latin letters or digits, and before a line that opens a heading or list item (a cell listing
 *       {@code 一、…二、…});</li>
 *   <li>turns full-width digits, Latin letters and {@code ％} into ASCII, and full-width {@code ，．：} between
 *       digits ({@code ２，０９９．３６}) into {@code , . :}; other Chinese punctuation stays as printed;</li>
 *   <li>folds CJK radical look-alikes ({@code ⻔} → {@code 门}, Kangxi radicals);</li>
 *   <li>turns tabs and no-break/ideographic spaces into spaces, drops zero-width and control characters,
 *       and trims the ends;</li>
 *   <li>drops pinyin printed in brackets after Chinese characters ({@link PinyinAnnotations}).</li>
 * </ul>
 */
public final class TextCleaner {
    private static final String BOOKMARK = "[bookmark:";
    private static final String IMAGE = "[image:";
    /** CJK Radicals Supplement forms that have no Unicode decomposition, mapped to the ordinary character. */
    private static final Map<Character, Character> RADICALS = Map.ofEntries(
            Map.entry('⺁', '厂'), Map.entry('⺇', '几'), Map.entry('⺈', '刀'), Map.entry('⺊', '卜'),
            Map.entry('⺋', '卩'), Map.entry('⺍', '小'), Map.entry('⺎', '兀'), Map.entry('⺐', '尢'),
            Map.entry('⺓', '幺'), Map.entry('⺔', '彐'), Map.entry('⺖', '忄'), Map.entry('⺘', '扌'),
            Map.entry('⺙', '攵'), Map.entry('⺛', '旡'), Map.entry('⺝', '月'), Map.entry('⺟', '母'),
            Map.entry('⺠', '民'), Map.entry('⺡', '氵'), Map.entry('⺢', '氺'), Map.entry('⺣', '灬'),
            Map.entry('⺤', '爫'), Map.entry('⺦', '丬'), Map.entry('⺨', '犭'), Map.entry('⺩', '王'),
            Map.entry('⺪', '疋'), Map.entry('⺫', '罒'), Map.entry('⺬', '示'), Map.entry('⺭', '礻'),
            Map.entry('⺮', '竹'), Map.entry('⺯', '糸'), Map.entry('⺰', '纟'), Map.entry('⺲', '罒'),
            Map.entry('⺳', '网'), Map.entry('⺶', '羊'), Map.entry('⺷', '羊'), Map.entry('⺹', '耂'),
            Map.entry('⺺', '聿'), Map.entry('⺻', '聿'), Map.entry('⺼', '月'), Map.entry('⺽', '臼'),
            Map.entry('⺾', '艹'), Map.entry('⺿', '艹'), Map.entry('⻀', '艹'), Map.entry('⻁', '虎'),
            Map.entry('⻂', '衤'), Map.entry('⻃', '西'), Map.entry('⻄', '西'), Map.entry('⻅', '见'),
            Map.entry('⻆', '角'), Map.entry('⻇', '角'), Map.entry('⻈', '讠'), Map.entry('⻉', '贝'),
            Map.entry('⻋', '车'), Map.entry('⻌', '辶'), Map.entry('⻍', '辶'), Map.entry('⻎', '辶'),
            Map.entry('⻏', '阝'), Map.entry('⻐', '钅'), Map.entry('⻑', '長'), Map.entry('⻒', '镸'),
            Map.entry('⻓', '长'), Map.entry('⻔', '门'), Map.entry('⻖', '阝'), Map.entry('⻘', '青'),
            Map.entry('⻙', '韦'), Map.entry('⻚', '页'), Map.entry('⻛', '风'), Map.entry('⻜', '飞'),
            Map.entry('⻝', '食'), Map.entry('⻟', '食'), Map.entry('⻠', '饣'), Map.entry('⻢', '马'),
            Map.entry('⻣', '骨'), Map.entry('⻤', '鬼'), Map.entry('⻥', '鱼'), Map.entry('⻦', '鸟'),
            Map.entry('⻧', '卤'), Map.entry('⻨', '麦'), Map.entry('⻩', '黄'), Map.entry('⻪', '黾'),
            Map.entry('⻫', '斉'), Map.entry('⻬', '齐'), Map.entry('⻭', '歯'), Map.entry('⻮', '齿'),
            Map.entry('⻯', '竜'), Map.entry('⻰', '龙'), Map.entry('⻱', '龜'), Map.entry('⻲', '亀'),
            Map.entry('⻳', '龟'));

    private TextCleaner() {
    }

    public static String clean(String raw) {
        return cleanMapped(raw).text();
    }

    static CleanedText cleanMapped(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] index = new int[raw.length() + 1];
        int n = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '[' && raw.startsWith(BOOKMARK, i)) {
                i = skipMarker(raw, i);
                continue;
            }
            if (c == '[' && raw.startsWith(IMAGE, i)) {
                i = skipNoise(raw, skipMarker(raw, i));
                continue;
            }
            char mapped = map(raw, i, out);
            if (mapped != 0) {
                out.append(mapped);
                index[n++] = i;
            }
            i++;
        }
        index[n] = raw.length();
        // trim, keeping the map aligned
        int from = 0;
        int to = out.length();
        while (from < to && out.charAt(from) == ' ') {
            from++;
        }
        while (to > from && out.charAt(to - 1) == ' ') {
            to--;
        }
        int[] trimmed = new int[to - from + 1];
        System.arraycopy(index, from, trimmed, 0, to - from);
        trimmed[to - from] = to == out.length() ? raw.length() : index[to];
        return PinyinAnnotations.drop(new CleanedText(out.substring(from, to), trimmed));
    }

    /** The character to write for raw.charAt(i), or 0 to drop it. */
    private static char map(String raw, int i, StringBuilder out) {
        char c = raw.charAt(i);
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 'Ａ' + 'A');
        }
        switch (c) {
            case '％':
                return '%';
            case '，', '．', '：':
                if (lastIsDigit(out) && nextIsDigit(raw, i + 1)) {
                    return c == '，' ? ',' : c == '．' ? '.' : ':';
                }
                return c;
            case '\n', '\r':
                char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
                char after = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
                boolean separate = (isAsciiAlnum(before) && isAsciiAlnum(after))
                        || (!out.isEmpty() && ParagraphOpeners.opensParagraph(raw, i + 1));
                return separate ? ' ' : 0;
            case '\t', '\u00A0', '\u3000', '\u2002', '\u2003', '\u2009':
                return ' ';
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
                return 0;
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            return 0;
        }
        if (c >= 0x2F00 && c <= 0x2FDF) { // Kangxi radicals decompose to the ordinary character
            return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).charAt(0);
        }
        Character radical = RADICALS.get(c);
        return radical != null ? radical : c;
    }

    private static boolean lastIsDigit(StringBuilder out) {
        return !out.isEmpty() && Character.isDigit(out.charAt(out.length() - 1)) && out.charAt(out.length() - 1) < 128;
    }

    private static boolean nextIsDigit(String raw, int i) {
        if (i >= raw.length()) {
            return false;
        }
        char c = raw.charAt(i);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static int skipMarker(String raw, int i) {
        int close = raw.indexOf(']', i);
        int lineEnd = raw.indexOf('\n', i);
        if (close < 0 || (lineEnd >= 0 && lineEnd < close)) {
            return lineEnd < 0 ? raw.length() : lineEnd; // unterminated: drop to the line end
        }
        return close + 1;
    }

    /** Skips OCR noise after an image placeholder: the rest of the line when it holds no Chinese character. */
    private static int skipNoise(String raw, int i) {
        int lineEnd = raw.indexOf('\n', i);
        int end = lineEnd < 0 ? raw.length() : lineEnd;
        return Artifacts.hasCjk(raw.substring(i, end)) ? i : end;
    }
}
