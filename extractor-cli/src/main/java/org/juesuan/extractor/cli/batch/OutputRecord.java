package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads back what a batch wrote: the whole record, or just the identity a resumed run compares. */
final class OutputRecord {
    private static final JsonFactory JSON = ReportJson.mapper().getFactory();

    /** The schema version and input sha256 an existing output was made for. */
    record Identity(String schemaVersion, String sha256, boolean error) {
    }

    private OutputRecord() {
    }

    static JsonNode read(Path output) throws IOException {
        return ReportJson.mapper().readTree(output.toFile());
    }

    /**
     * Reads only the first fields of an output (streaming; the record's text is not loaded). Empty when the
     * file is missing or not a record of ours (e.g. a half-written file from a killed run, which atomic writes
     * should prevent, or a file written by something else).
     */
    static Optional<Identity> identity(Path output) {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        String version = null;
        String sha = null;
        try (JsonParser parser = JSON.createParser(output.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            // records start schemaVersion, source, then "report" (a report) or "error" (an error record)
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "schemaVersion" -> version = parser.getValueAsString();
                    case "source" -> sha = shaOf(parser);
                    case "report" -> {
                        return identity(version, sha, false);
                    }
                    case "error" -> {
                        return identity(version, sha, true);
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Identity> identity(String version, String sha, boolean error) {
        return version == null ? Optional.empty() : Optional.of(new Identity(version, sha, error));
    }

    private static String shaOf(JsonParser parser) throws IOException {
        String sha = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("sha256")) {
                sha = parser.getValueAsString();
            } else {
                parser.skipChildren();
            }
        }
        return sha;
    }
}
