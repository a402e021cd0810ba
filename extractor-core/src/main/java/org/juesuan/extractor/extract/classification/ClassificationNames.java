package org.juesuan.extractor.extract.classification;

import java.util.regex.Pattern;

/**
 * The comparison key of a printed classification name: no spaces, half-width parentheses, no
 * （类）/（款）/（项） markers and no separators around it, so that {@code 政府办公厅(室)及相关机构事务} and
 * {@code 政府办公厅（室）及相关机构事务（款）} compare equal. Class names also lose a trailing 支出
 * (reports print both 一般公共服务 and 一般公共服务支出).
 */
final class ClassificationNames {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern MARKERS = Pattern.compile("\\((?:类|款|项)\\)");
    private static final Pattern EDGES = Pattern.compile("^[-—－:：、.．]+|[-—－:：、.．]+$");

    private ClassificationNames() {
    }

    static String key(String printed) {
        String key = SPACES.matcher(printed).replaceAll("").replace('（', '(').replace('）', ')');
        key = MARKERS.matcher(key).replaceAll("");
        return EDGES.matcher(key).replaceAll("");
    }

    static String classKey(String printed) {
        String key = key(printed);
        return key.endsWith("支出") && key.length() > 2 ? key.substring(0, key.length() - 2) : key;
    }

    static String key(String printed, ClassificationLevel level) {
        return level == ClassificationLevel.CLASS ? classKey(printed) : key(printed);
    }
}
