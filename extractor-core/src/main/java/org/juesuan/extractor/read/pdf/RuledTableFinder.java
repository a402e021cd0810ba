package org.juesuan.extractor.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tables a page draws with rulings (lattice tables): rulings are merged where the PDF drew a line in
 * pieces, grouped into connected frames of crossing lines, and each frame with at least two rows and two
 * columns becomes a {@link RuledGrid}. A frame without outer side lines (open tables) is closed at the ends of
 * its rulings. A lone box (a framed note) is not a table.
 */
final class RuledTableFinder {
    private static final double TOLERANCE = 2.0;
    /** More lines than this on one page is a drawing (a chart, a hatched map), not a table to rebuild. */
    private static final int MAX_RULINGS = 4000;

    private RuledTableFinder() {
    }

    static List<RuledGrid> find(List<Ruling> rulings) {
        List<Ruling> horizontals = merge(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> verticals = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        if (horizontals.size() + verticals.size() > MAX_RULINGS) {
            return List.of();
        }
        int[] parent = new int[horizontals.size() + verticals.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < horizontals.size(); i++) {
            for (int j = 0; j < verticals.size(); j++) {
                if (horizontals.get(i).crosses(verticals.get(j), TOLERANCE)) {
                    union(parent, i, horizontals.size() + j);
                }
            }
        }
        Map<Integer, List<Ruling>> hByFrame = new LinkedHashMap<>();
        Map<Integer, List<Ruling>> vByFrame = new LinkedHashMap<>();
        for (int i = 0; i < horizontals.size(); i++) {
            hByFrame.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(horizontals.get(i));
        }
        for (int j = 0; j < verticals.size(); j++) {
            vByFrame.computeIfAbsent(find(parent, horizontals.size() + j), k -> new ArrayList<>()).add(verticals.get(j));
        }
        List<RuledGrid> grids = new ArrayList<>();
        for (Map.Entry<Integer, List<Ruling>> frame : hByFrame.entrySet()) {
            List<Ruling> hs = frame.getValue();
            List<Ruling> vs = vByFrame.getOrDefault(frame.getKey(), List.of());
            if (hs.size() < 2 || vs.isEmpty()) {
                continue;
            }
            double[] xs = edges(vs, hs);
            double[] ys = edges(hs, vs);
            if (xs.length >= 3 && ys.length >= 3) {
                grids.add(new RuledGrid(xs, ys, hs, vs));
            }
        }
        grids.sort(Comparator.comparingDouble(RuledGrid::top));
        return grids;
    }

    /**
     * The positions of the {@code lines} (all one direction), plus the outermost extent of the {@code crossing}
     * lines where they run past the last line (a table without outer side borders).
     */
    private static double[] edges(List<Ruling> lines, List<Ruling> crossing) {
        List<Double> positions = new ArrayList<>();
        lines.forEach(l -> positions.add(l.position()));
        double first = lines.stream().mapToDouble(Ruling::position).min().orElseThrow();
        double last = lines.stream().mapToDouble(Ruling::position).max().orElseThrow();
        double start = crossing.stream().mapToDouble(Ruling::from).min().orElseThrow();
        double end = crossing.stream().mapToDouble(Ruling::to).max().orElseThrow();
        if (start < first - 3 * TOLERANCE) {
            positions.add(start);
        }
        if (end > last + 3 * TOLERANCE) {
            positions.add(end);
        }
        positions.sort(Double::compare);
        List<Double> clustered = new ArrayList<>();
        for (double p : positions) {
            if (clustered.isEmpty() || p - clustered.get(clustered.size() - 1) > TOLERANCE) {
                clustered.add(p);
            }
        }
        return clustered.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Rulings on the same line (within the tolerance) that touch or overlap become one. */
    static List<Ruling> merge(List<Ruling> lines) {
        List<Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
        List<List<Ruling>> rows = new ArrayList<>();
        for (Ruling line : sorted) {
            List<Ruling> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && line.position() - last.get(0).position() <= TOLERANCE) {
                last.add(line);
            } else {
                List<Ruling> row = new ArrayList<>();
                row.add(line);
                rows.add(row);
            }
        }
        List<Ruling> merged = new ArrayList<>();
        for (List<Ruling> row : rows) {
            double position = row.stream().mapToDouble(Ruling::position).average().orElseThrow();
            row.sort(Comparator.comparingDouble(Ruling::from));
            double from = row.get(0).from();
            double to = row.get(0).to();
            for (Ruling line : row.subList(1, row.size())) {
                if (line.from() <= to + TOLERANCE) {
                    to = Math.max(to, line.to());
                } else {
                    merged.add(new Ruling(row.get(0).horizontal(), position, from, to));
                    from = line.from();
                    to = line.to();
                }
            }
            merged.add(new Ruling(row.get(0).horizontal(), position, from, to));
        }
        return merged;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
