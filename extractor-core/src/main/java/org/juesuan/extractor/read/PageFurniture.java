package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a page puts around its text in a document that lost its layout: page numbers alone on a line
 * at the top or bottom of a page (when they count up with the pages), and a running header or footer line
 * repeated at the top or bottom of many pages. Page marker lines ({@code —1—}, {@code - 3 -},
 * {@code 第 3 页 共 24 页}) are recognized where the lines are read ({@link LineReflow}), since they also tell
 * where a page ends.
 */
final class PageFurniture {
    /** How many lines at each end of a page can be header or footer. */
    private static final int EDGE = 2;
    private static final int MIN_PAGES = 3;
    private static final int MAX_RUNNING_LINE = 40;
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");

    private PageFurniture() {
    }

    static List<PdfLineJoiner.Line> remove(List<PdfLineJoiner.Line> lines) {
        Map<Integer, List<Integer>> pages = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            pages.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
        }
        if (pages.size() < MIN_PAGES || pages.containsKey(null)) {
            return lines;
        }
        boolean[] drop = new boolean[lines.size()];
        dropPageNumbers(lines, pages, drop);
        dropRunningLines(lines, pages, drop);
        List<PdfLineJoiner.Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static List<Integer> edges(List<Integer> page) {
        List<Integer> edges = new ArrayList<>();
        for (int k = 0; k < page.size(); k++) {
            if (k < EDGE || k >= page.size() - EDGE) {
                edges.add(page.get(k));
            }
        }
        return edges;
    }

    /** A bare number at a page's edge is its page number when it differs from the page's index as most do. */
    private static void dropPageNumbers(List<PdfLineJoiner.Line> lines, Map<Integer, List<Integer>> pages, boolean[] drop) {
        Map<Integer, Integer> offsets = new HashMap<>();
        Map<Integer, Integer> offsetOf = new HashMap<>();
        pages.forEach((page, indexes) -> {
            for (int i : edges(indexes)) {
                String text = lines.get(i).text();
                if (BARE_NUMBER.matcher(text).matches()) {
                    int offset = page - Integer.parseInt(text);
                    offsetOf.put(i, offset);
                    offsets.merge(offset, 1, Integer::sum);
                }
            }
        });
        int best = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getValue).orElse(0);
        if (best < 2) {
            return;
        }
        offsetOf.forEach((i, offset) -> drop[i] = offsets.get(offset) == best);
    }

    /** A short line at the edge of at least a third of the pages (digits aside: 第 3 页) is a header or footer. */
    private static void dropRunningLines(List<PdfLineJoiner.Line> lines, Map<Integer, List<Integer>> pages, boolean[] drop) {
        Map<String, Integer> pagesWith = new HashMap<>();
        pages.values().forEach(indexes -> edges(indexes).stream().map(i -> key(lines.get(i).text())).distinct()
                .filter(k -> k.replace("#", "").length() >= 2 && k.length() <= MAX_RUNNING_LINE)
                .forEach(k -> pagesWith.merge(k, 1, Integer::sum)));
        int needed = Math.max(MIN_PAGES, (pages.size() + 2) / 3);
        pages.values().forEach(indexes -> {
            for (int i : edges(indexes)) {
                if (pagesWith.getOrDefault(key(lines.get(i).text()), 0) >= needed) {
                    drop[i] = true;
                }
            }
        });
    }

    private static String key(String line) {
        return line.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
