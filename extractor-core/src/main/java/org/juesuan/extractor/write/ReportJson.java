package org.juesuan.extractor.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ReportDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Jackson set up for the report JSON: exact decimals, Chinese kept as is, readable indentation. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    /**
     * Reads records back: numbers as exact decimals with their scale as written ({@code 100.00} stays 100.00, not
     * 1E+2), fields a later schema version adds are passed over.
     */
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** The lists a report record of an older schema version may lack (1.0 had no {@code tables}). */
    private static final String[] LISTS = {"blocks", "sections", "tables", "facts", "findings"};

    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException("the model could not be serialized", e);
        }
    }

    /** The record as one line of JSON Lines: the same JSON as {@link #toJson}, without the indentation. */
    public static String toJsonLine(Object record) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException("the model could not be serialized", e);
        }
    }

    /** Reads a record back as a tree, numbers with a fraction kept exact (as {@link java.math.BigDecimal}). */
    public static JsonNode readTree(String json) {
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record", e);
        }
    }

    /**
     * Reads an output file back as a tree, numbers with a fraction kept exact: the one reader of output records
     * (query, validate, view, dataset). Throws {@link com.fasterxml.jackson.core.JsonProcessingException} for a file
     * that is not JSON.
     */
    public static JsonNode readTree(Path file) throws IOException {
        return READER.readTree(file.toFile());
    }

    /** The {@code facts} of a report record as the model. */
    public static List<Fact> facts(JsonNode record) throws IOException {
        List<Fact> facts = new ArrayList<>();
        for (JsonNode node : record.path("facts")) {
            facts.add(READER.treeToValue(node, Fact.class));
        }
        return facts;
    }

    /**
     * Writes the record to {@code target} atomically: a temporary file beside it, then a rename. The temporary
     * name is short whatever the target's (a long target name must not push it past the file system's limit),
     * and the file gets the usual permissions of the user's umask (0644), not a temporary file's 0600. The name's
     * random part is not a {@code UUID}'s: setting up a secure random generator costs a new JVM 10–25 ms, once in the
     * batch and once in each worker, and a name that two writers pick alike is refused ({@code CREATE_NEW}), not shared.
     */
    public static void write(Object record, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve(".write-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                MAPPER.writeValue(out, record);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Turns a report record as {@code extract} wrote it (parsed, e.g. by the CLI's output loader) back into the
     * model. A list the record lacks is taken as empty. Not for error records.
     */
    public static ReportDocument toReport(JsonNode record) throws IOException {
        ObjectNode copy = record.deepCopy();
        for (String list : LISTS) {
            if (!copy.hasNonNull(list)) {
                copy.putArray(list);
            }
        }
        return READER.treeToValue(copy, ReportDocument.class);
    }
}
