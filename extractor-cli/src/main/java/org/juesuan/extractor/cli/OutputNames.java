package org.juesuan.extractor.cli;

import org.juesuan.extractor.cli.batch.BatchRunner;
import org.juesuan.extractor.pipeline.Hashing;

import java.nio.charset.StandardCharsets;
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
 * Names stay within the file system's limit of 255 bytes: a longer one is cut and gets a hash of the whole name
 * ({@code <cut>-1a2b3c4d.json}); control characters and backslashes become {@code _}. The record itself keeps the
 * input's full name.
 */
final class OutputNames {
    /** Bytes of an output name at most: 255 is the limit of common file systems, less room for a {@code -N} suffix. */
    static final int MAX_NAME_BYTES = 240;
    private static final String EXTENSION = ".json";

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
            String base = fit(safe(stemCounts.get(stem(input)) == 1 ? stem(input) : fileName(input)));
            String name = base + EXTENSION;
            for (int n = 2; !used.add(name); n++) {
                name = base + "-" + n + EXTENSION;
            }
            names.put(input, name);
        }
        return names;
    }

    private static String safe(String base) {
        String safe = base.replaceAll("[\\p{Cntrl}\\\\]", "_");
        return safe.startsWith(".") ? "_" + safe.substring(1) : safe; // hidden outputs would be passed over
    }

    private static String fit(String base) {
        if (bytes(base + EXTENSION) <= MAX_NAME_BYTES) {
            return base;
        }
        String suffix = "-" + Hashing.sha256(base.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        int budget = MAX_NAME_BYTES - bytes(suffix + EXTENSION);
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < base.length(); ) {
            int codePoint = base.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (bytes(cut + next) > budget) {
                break;
            }
            cut.append(next);
            i += Character.charCount(codePoint);
        }
        return cut + suffix;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
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
