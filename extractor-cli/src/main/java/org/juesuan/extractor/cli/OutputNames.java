package org.juesuan.extractor.cli;

import org.juesuan.extractor.cli.batch.BatchRunner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names each input's output file: {@code <name without extension>.json}; when inputs of one run share that
 * name (the same report as .txt and .pdf), {@code <name>.<extension>.json}; when even that repeats (same file
 * name in two folders), a numbered suffix in input order. The mapping depends only on the list of inputs.
 */
final class OutputNames {
    private OutputNames() {
    }

    static Map<Path, String> assign(List<Path> inputs) {
        Map<String, Integer> stemCounts = new HashMap<>();
        for (Path input : inputs) {
            stemCounts.merge(stem(input), 1, Integer::sum);
        }
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(Set.of(BatchRunner.SUMMARY_FILE)); // never overwrite the batch summary
        for (Path input : inputs) {
            String base = stemCounts.get(stem(input)) == 1 ? stem(input) : fileName(input);
            String name = base + ".json";
            for (int n = 2; !used.add(name); n++) {
                name = base + "-" + n + ".json";
            }
            names.put(input, name);
        }
        return names;
    }

    private static String fileName(Path input) {
        return input.getFileName().toString();
    }

    private static String stem(Path input) {
        String name = fileName(input);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
