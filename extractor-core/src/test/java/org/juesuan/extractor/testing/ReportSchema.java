package org.juesuan.extractor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.fail;

/** Validates output JSON against the published schema (extractor-core resources, report.schema.json). */
public final class ReportSchema {
    public static final String RESOURCE = "/org/juesuan/extractor/report.schema.json";
    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    public static void assertValid(String json) {
        try {
            assertValid(ReportJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(JsonNode node) {
        Set<ValidationMessage> errors = SCHEMA.validate(node);
        if (!errors.isEmpty()) {
            fail("output does not match " + RESOURCE + ": " + errors);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
