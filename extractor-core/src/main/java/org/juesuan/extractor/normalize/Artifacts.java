package org.juesuan.extractor.normalize;

import org.juesuan.extractor.read.RawBlock;
import org.juesuan.extractor.read.RawParagraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops whole blocks that extraction tools leave behind and no reader of the report would call text:
 * the OCR noise paragraphs after an {@code [image: …]} placeholder (axis labels like {@code 8000},
 * {@code 2020 M BERH M ST}) and the cached chart data Tika appends after the last page of a Word document
 * (lines of tab-separated labels and values such as {@code 基本支出\t项目支出\t0.88929999999999998}).
 */
final class Artifacts {
    /** OCR noise lines are short; a longer line without Chinese is kept, since it may be real content. */
    private static final int MAX_NOISE_LENGTH = 40;
    private static final int MAX_CHART_TITLE_LENGTH = 40;
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?%?$");

    private Artifacts() {
    }

    static List<RawBlock> filter(List<RawBlock> blocks) {
        return dropChartCache(dropImageNoise(blocks));
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<RawBlock> dropImageNoise(List<RawBlock> blocks) {
        List<RawBlock> kept = new ArrayList<>(blocks.size());
        boolean afterImage = false;
        for (RawBlock block : blocks) {
            if (afterImage && block instanceof RawParagraph p && isNoise(p.text())) {
                continue;
            }
            afterImage = block instanceof RawParagraph p && p.text().contains("[image:") && isNoise(afterLastImage(p.text()));
            kept.add(block);
        }
        return kept;
    }

    private static String afterLastImage(String text) {
        int close = text.indexOf(']', text.lastIndexOf("[image:"));
        return close < 0 ? "" : text.substring(close + 1);
    }

    private static boolean isNoise(String text) {
        String t = text.strip();
        return t.length() <= MAX_NOISE_LENGTH && !hasCjk(t);
    }

    private static List<RawBlock> dropChartCache(List<RawBlock> blocks) {
        int runStart = blocks.size();
        while (runStart > 0 && blocks.get(runStart - 1) instanceof RawParagraph p && chartLike(p.text())) {
            runStart--;
        }
        int firstTabbed = -1;
        int dataLines = 0;
        for (int i = runStart; i < blocks.size(); i++) {
            String text = ((RawParagraph) blocks.get(i)).text();
            if (firstTabbed < 0 && text.strip().contains("\t")) {
                firstTabbed = i;
            }
            if (isChartData(text)) {
                dataLines++;
            }
        }
        if (dataLines < 2) {
            return blocks;
        }
        return new ArrayList<>(blocks.subList(0, firstTabbed));
    }

    private static boolean chartLike(String text) {
        String t = text.strip();
        return isChartData(text) || (t.length() <= MAX_CHART_TITLE_LENGTH && !t.contains("。") && !t.contains("；"));
    }

    /** A line of label/value cells separated by tabs, at least one of them a number. */
    private static boolean isChartData(String text) {
        String t = text.strip();
        if (!t.contains("\t")) {
            return false;
        }
        for (String field : t.split("\t")) {
            if (NUMBER.matcher(field.strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
