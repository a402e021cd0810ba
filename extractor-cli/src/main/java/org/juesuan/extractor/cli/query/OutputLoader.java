package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the records {@code extract} wrote into an output directory: every {@code *.json} directly in
 * it except {@code _summary.json} and hidden files, in name order. Numbers are read as {@code BigDecimal}, so
 * money stays exact. Records of another schema version are refused; a {@code .json} that is not an extractor
 * record at all (e.g. {@code eval.json}) is {@link NotAnOutput}, which the caller skips with a warning.
 */
public final class OutputLoader {
    /** The schema versions of the output this extractor reads: 1.1 added the recognized tables, which no view needs. */
    public static final List<String> SCHEMA_VERSIONS = List.of("1.0", "1.1");
    static final String SUMMARY = "_summary.json";

    /** One output file: its name in the directory and its parsed record. */
    public record Output(String name, JsonNode record) {
        public boolean isError() {
            return record.has("error");
        }
    }

    /** A consumer of records that may fail with a database error. */
    public interface Sink {
        void accept(Output output) throws Exception;
    }

    /** A file in the directory that is not an output record of extract. */
    public static final class NotAnOutput extends QueryException {
        NotAnOutput(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private OutputLoader() {
    }

    /** The output files in {@code dir}, in name order; refuses a missing directory or one without outputs. */
    public static List<Path> list(Path dir) throws QueryException {
        if (!Files.exists(dir)) {
            throw new QueryException("output directory does not exist: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new QueryException("not a directory: " + dir + " (give the --out directory of extract)");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".json") && !name.equals(SUMMARY) && !name.startsWith(".");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new QueryException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new QueryException("no extractor output (*.json) in " + dir
                    + " (run: ./extractor extract INPUT... --out " + dir + ")");
        }
        return files;
    }

    /** Reads one output file, checking that it is an extractor record of the current schema version. */
    public static Output read(Path file) throws QueryException {
        String name = file.getFileName().toString();
        JsonNode record;
        try {
            record = ReportJson.readTree(file);
        } catch (JsonProcessingException e) {
            throw new NotAnOutput(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new QueryException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (record == null || !record.isObject() || !record.hasNonNull("schemaVersion")) {
            throw new NotAnOutput(name + ": not an extractor output (no schemaVersion)", null);
        }
        String version = record.get("schemaVersion").asText();
        if (!SCHEMA_VERSIONS.contains(version)) {
            throw new QueryException(name + ": schema version " + version + " is not supported (this extractor reads "
                    + String.join(", ", SCHEMA_VERSIONS) + "); re-run extract with this version to convert the inputs");
        }
        if (!record.has("report") && !record.has("error")) {
            throw new NotAnOutput(name + ": not an extractor output (neither a report nor an error record)", null);
        }
        return new Output(name, record);
    }

    /**
     * Reads every output in {@code dir} one at a time and hands it to {@code sink}; a file that is not an output
     * record is skipped and named to {@code warnings}. Returns how many were loaded.
     */
    public static int load(Path dir, Sink sink, java.util.function.Consumer<String> warnings) throws Exception {
        int loaded = 0;
        for (Path file : list(dir)) {
            Output output;
            try {
                output = read(file);
            } catch (NotAnOutput e) {
                warnings.accept("skipped " + e.getMessage());
                continue;
            }
            sink.accept(output);
            loaded++;
        }
        if (loaded == 0) {
            throw new QueryException("no extractor output (*.json) in " + dir + " (run: ./extractor extract INPUT... --out " + dir + ")");
        }
        return loaded;
    }
}
