package org.juesuan.extractor.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Jackson set up for the report JSON: exact decimals, Chinese kept as is, readable indentation. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

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
            return MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record", e);
        }
    }

    /** Writes the record to {@code target} atomically: a temporary file beside it, then a rename. */
    public static void write(Object record, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                MAPPER.writeValue(out, record);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
