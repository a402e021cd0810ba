package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.juesuan.extractor.write.FactRow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The batch's datasets beside the per-report JSON files: all records as JSON Lines, and the long table of all
 * facts as CSV (UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly). Thread-safe.
 */
final class DatasetSink implements AutoCloseable {
    static final List<String> FACT_COLUMNS = List.of("file", "sha256", "department", "fiscal_year", "key", "code",
            "label", "value", "unit", "raw", "source", "section", "page");
    private static final ObjectMapper COMPACT = JsonMapper.builder().build();

    private final BufferedWriter jsonl;
    private final BufferedWriter csv;

    DatasetSink(Path jsonlFile, Path factsCsvFile) throws IOException {
        jsonl = jsonlFile == null ? null : open(jsonlFile);
        csv = factsCsvFile == null ? null : open(factsCsvFile);
        if (csv != null) {
            csv.write('\uFEFF');
            csv.write(String.join(",", FACT_COLUMNS));
            csv.write("\r\n");
        }
    }

    /** Which datasets this sink writes: what each record's {@link RecordDigest} must carry. */
    RecordDigest.Datasets wanted() {
        return new RecordDigest.Datasets(jsonl != null, csv != null);
    }

    /** Adds a record's line and fact rows, as its digest carries them (made with {@link #wanted()}). */
    synchronized void add(RecordDigest record) {
        try {
            if (jsonl != null) {
                jsonl.write(record.jsonLine());
                jsonl.write('\n');
            }
            if (csv != null) {
                csv.write(record.factRows());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dataset files", e);
        }
    }

    /** A record as one line of JSON Lines. */
    static String jsonLine(JsonNode record) {
        try {
            return COMPACT.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialize a record", e);
        }
    }

    /** The CSV lines of a record's facts ({@link FactRow}, the long table the Spark job writes as Parquet too). */
    static String csvRows(JsonNode record) {
        StringBuilder rows = new StringBuilder();
        for (FactRow fact : FactRow.of(record)) {
            List<String> cells = Arrays.asList(fact.file(), fact.sha256(), fact.department(),
                    fact.fiscalYear() == null ? null : fact.fiscalYear().toString(), fact.key(), fact.code(),
                    fact.label(), fact.value(), fact.unit(), fact.raw(), fact.source(), fact.section(),
                    fact.page() == null ? null : fact.page().toString());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    rows.append(',');
                }
                rows.append(escape(cells.get(i) == null ? "" : cells.get(i)));
            }
            rows.append("\r\n");
        }
        return rows.toString();
    }

    private static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static BufferedWriter open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() throws IOException {
        if (jsonl != null) {
            jsonl.close();
        }
        if (csv != null) {
            csv.close();
        }
    }
}
