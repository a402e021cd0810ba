package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.model.RunLimits;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads back what a batch wrote: the whole record, or just the identity a resumed run compares. */
final class OutputRecord {
    private static final JsonFactory JSON = ReportJson.mapper().getFactory();

    /**
     * What a resumed run compares of an existing output: the schema version, the input's sha256 and path it was
     * made from, and for an error record its type and the limits it was made under (null when it names none).
     */
    record Identity(String schemaVersion, String sha256, String path, String errorType, RunLimits limits) {
        boolean error() {
            return errorType != null;
        }
    }

    private OutputRecord() {
    }

    /** The record, its numbers exact as written ({@link ReportJson#readTree}), for the summary and datasets. */
    static JsonNode read(Path output) throws IOException {
        return ReportJson.readTree(output);
    }

    /** A record's JSON read as {@link #read} reads its file. */
    static JsonNode parse(String json) {
        return ReportJson.readTree(json);
    }

    /**
     * Reads only the first fields of an output (streaming; a report's text is not loaded). Empty when the
     * file is missing or not a record of ours (e.g. a half-written file from a killed run, which atomic writes
     * should prevent, or a file written by something else).
     */
    static Optional<Identity> identity(Path output) {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        String version = null;
        JsonNode source = null;
        String errorType = null;
        RunLimits limits = null;
        try (JsonParser parser = JSON.createParser(output.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            // records start schemaVersion, source, then "report" (a report) or "error" and "limits" (an error record)
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "schemaVersion" -> version = parser.getValueAsString();
                    case "source" -> source = parser.readValueAsTree();
                    case "report" -> {
                        return identity(version, source, null, null);
                    }
                    case "error" -> errorType = ((JsonNode) parser.readValueAsTree()).path("type").asText(null);
                    case "limits" -> limits = ReportJson.mapper().treeToValue(parser.readValueAsTree(), RunLimits.class);
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return errorType == null ? Optional.empty() : identity(version, source, errorType, limits);
    }

    private static Optional<Identity> identity(String version, JsonNode source, String errorType, RunLimits limits) {
        if (version == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Identity(version, source.path("sha256").asText(null), source.path("path").asText(null),
                errorType, limits));
    }
}
