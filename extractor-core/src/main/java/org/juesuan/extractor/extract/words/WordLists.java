package org.juesuan.extractor.extract.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists the extractors keep as data: UTF-8 TSV resources beside the class that uses them, one entry a
 * line, tab-separated, lines starting with {@code #} and blank lines skipped, in file order (the order is the
 * priority where the first match wins). Each file's header says what its columns are. Read once, by the class that
 * owns the list.
 */
public final class WordLists {
    private WordLists() {
    }

    /** The rows of {@code resource} (next to {@code owner}), each with at least {@code columns} columns. */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length < columns) {
                    throw new IllegalStateException(resource + " line " + number + ": " + columns
                            + " tab-separated columns expected, found " + row.length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
