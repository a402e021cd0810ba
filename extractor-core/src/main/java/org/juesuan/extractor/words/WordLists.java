package org.juesuan.extractor.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the word lists the extractors keep as data: UTF-8 TSV resources beside the class that uses them, one entry a
 * line, tab-separated, lines starting with {@code #} and blank lines skipped, in file order (the order is the
 * priority where the first match wins). Each file's header says what its columns are. A line
 * {@code @define NAME regex} names a piece of pattern that later lines use as {@code ${NAME}}. Read once, by the
 * class that owns the list; a malformed line fails the load with the file and line number.
 */
public final class WordLists {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}");
    private static final String DEFINE = "@define";

    private WordLists() {
    }

    /** One entry of a word list: its columns, with the file and line it came from for error messages. */
    public record Row(String resource, int line, List<String> columns) {
        public String get(int column) {
            return columns.get(column);
        }

        /** Column {@code column} compiled as a regex; a bad one fails with this row's file and line. */
        public Pattern pattern(int column) {
            try {
                return Pattern.compile(get(column));
            } catch (PatternSyntaxException e) {
                throw error("not a regex: " + e.getDescription() + " in " + get(column));
            }
        }

        /** A load error at this row: its message names the file and the line. */
        public IllegalStateException error(String message) {
            return new IllegalStateException(resource + " line " + line + ": " + message);
        }
    }

    /** The rows of {@code resource} (next to {@code owner}), each with at least {@code columns} columns. */
    public static List<Row> rows(Class<?> owner, String resource, int columns) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return rows(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a word list read from {@code reader}; {@code resource} names it in error messages. */
    public static List<Row> rows(String resource, BufferedReader reader, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, String> definitions = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(expand(resource, number, cell, definitions));
            }
            if (cells.get(0).equals(DEFINE)) {
                if (cells.size() != 3 || !cells.get(1).matches("\\w+")) {
                    throw new IllegalStateException(resource + " line " + number
                            + ": @define NAME <TAB> pattern expected");
                }
                definitions.put(cells.get(1), cells.get(2));
                continue;
            }
            if (cells.size() < columns || cells.stream().limit(columns).anyMatch(String::isEmpty)) {
                throw new IllegalStateException(resource + " line " + number + ": " + columns
                        + " non-empty tab-separated columns expected, found " + line.split("\t").length);
            }
            rows.add(new Row(resource, number, List.copyOf(cells)));
        }
        return rows;
    }

    private static String expand(String resource, int line, String cell, Map<String, String> definitions) {
        Matcher reference = REFERENCE.matcher(cell);
        StringBuilder expanded = new StringBuilder();
        while (reference.find()) {
            String definition = definitions.get(reference.group(1));
            if (definition == null) {
                throw new IllegalStateException(resource + " line " + line + ": ${" + reference.group(1)
                        + "} is not defined above");
            }
            reference.appendReplacement(expanded, Matcher.quoteReplacement(definition));
        }
        return reference.appendTail(expanded).toString();
    }
}
