package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the records {@code extract} wrote into an output directory: every {@code *.json} directly in
 * it except {@code _summary.json} and hidden files, in name order. Numbers are read as {@code BigDecimal}, so
 * money stays exact. Records of another schema version, and JSON that is not an extractor record, are refused.
 */
public final class OutputLoader {
    /** The schema versions of the output this extractor reads: 1.1 added the recognized tables, which no view needs. */
    public static final List<String> SCHEMA_VERSIONS = List.of("1.0", "1.1");
    static final String SUMMARY = "_summary.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
            record = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new QueryException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new QueryException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (record == null || !record.isObject() || !record.hasNonNull("schemaVersion")) {
            throw new QueryException(name + ": not an extractor output (no schemaVersion) in " + file.getParent());
        }
        String version = record.get("schemaVersion").asText();
        if (!SCHEMA_VERSIONS.contains(version)) {
            throw new QueryException(name + ": schema version " + version + " is not supported (this extractor reads "
                    + String.join(", ", SCHEMA_VERSIONS) + "); re-run extract with this version to convert the inputs");
        }
        if (!record.has("report") && !record.has("error")) {
            throw new QueryException(name + ": not an extractor output (neither a report nor an error record)");
        }
        return new Output(name, record);
    }

    /** Reads every output in {@code dir} one at a time and hands it to {@code sink}; returns how many. */
    public static int load(Path dir, Sink sink) throws Exception {
        List<Path> files = list(dir);
        for (Path file : files) {
            sink.accept(read(file));
        }
        return files.size();
    }
}
