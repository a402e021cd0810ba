package org.juesuan.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A hand-checked gold file (fixtures/gold/*.json): the facts one document states. */
public record GoldDocument(String document, String source, boolean template, Set<FactIdentity> facts) {
    public static GoldDocument read(Path file) throws IOException {
        JsonNode root = ReportJson.mapper().readTree(file.toFile());
        Set<FactIdentity> facts = new LinkedHashSet<>();
        for (JsonNode fact : root.path("facts")) {
            JsonNode value = fact.path("value");
            Object v = value.isNumber() ? value.decimalValue() : value.asText();
            facts.add(FactIdentity.of(fact.path("key").asText(), text(fact.path("code")), v, text(fact.path("unit"))));
        }
        return new GoldDocument(root.path("document").asText(), root.path("source").asText(),
                root.path("template").asBoolean(false), facts);
    }

    public static List<GoldDocument> readAll(List<Path> files) throws IOException {
        List<GoldDocument> all = new ArrayList<>();
        for (Path file : files) {
            all.add(read(file));
        }
        return all;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
