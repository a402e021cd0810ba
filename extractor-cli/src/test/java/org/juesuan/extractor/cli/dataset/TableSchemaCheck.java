package org.juesuan.extractor.cli.dataset;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the CSV resources of a data package against their Table Schemas, as the Frictionless spec defines them
 * (the subset the panel uses): the header names the fields in order; each value has its field's type
 * ({@code string}, {@code integer}, {@code number}, {@code boolean}, {@code year}; {@code ""} is missing);
 * {@code required} and {@code enum} constraints; primary keys unique and complete; every foreign key found in
 * the resource it references. Reads the CSV itself (RFC 4180), independently of the writer.
 */
final class TableSchemaCheck {
    private static final Map<String, Pattern> TYPES = Map.of(
            "integer", Pattern.compile("-?\\d+"),
            "number", Pattern.compile("-?\\d+(\\.\\d+)?"),
            "boolean", Pattern.compile("true|false"),
            "year", Pattern.compile("\\d{4}"));

    private TableSchemaCheck() {
    }

    /** The problems found, one line each; empty when every resource matches its schema. */
    static List<String> check(Path dir, JsonNode descriptor) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        for (JsonNode resource : descriptor.path("resources")) {
            tables.put(resource.path("name").asText(), read(dir.resolve(resource.path("path").asText())));
        }
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            JsonNode schema = resource.path("schema");
            List<Map<String, String>> rows = tables.get(name);
            List<String> header = header(dir.resolve(resource.path("path").asText()));
            List<String> fieldNames = new ArrayList<>();
            schema.path("fields").forEach(f -> fieldNames.add(f.path("name").asText()));
            if (!header.equals(fieldNames)) {
                problems.add(name + ": header " + header + " is not the schema's fields " + fieldNames);
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                for (JsonNode field : schema.path("fields")) {
                    String column = field.path("name").asText();
                    String value = row.get(column);
                    String at = name + " row " + (i + 1) + " " + column + "=" + value;
                    if (value.isEmpty()) {
                        if (field.path("constraints").path("required").asBoolean(false)) {
                            problems.add(at + ": required");
                        }
                        continue;
                    }
                    Pattern type = TYPES.get(field.path("type").asText());
                    if (type != null && !type.matcher(value).matches()) {
                        problems.add(at + ": not a " + field.path("type").asText());
                    }
                    JsonNode allowed = field.path("constraints").path("enum");
                    if (allowed.isArray()) {
                        Set<String> values = new HashSet<>();
                        allowed.forEach(v -> values.add(v.asText()));
                        if (!values.contains(value)) {
                            problems.add(at + ": not one of " + values);
                        }
                    }
                }
            }
            List<String> primaryKey = new ArrayList<>();
            schema.path("primaryKey").forEach(k -> primaryKey.add(k.asText()));
            Set<List<String>> keys = new HashSet<>();
            for (Map<String, String> row : rows) {
                List<String> key = primaryKey.stream().map(row::get).toList();
                if (key.contains("")) {
                    problems.add(name + ": primary key " + key + " has a missing part");
                }
                if (!keys.add(key)) {
                    problems.add(name + ": primary key " + key + " twice");
                }
            }
            for (JsonNode foreignKey : schema.path("foreignKeys")) {
                List<String> from = new ArrayList<>();
                foreignKey.path("fields").forEach(f -> from.add(f.asText()));
                List<String> to = new ArrayList<>();
                foreignKey.path("reference").path("fields").forEach(f -> to.add(f.asText()));
                String target = foreignKey.path("reference").path("resource").asText();
                Set<List<String>> referenced = new HashSet<>();
                tables.get(target).forEach(r -> referenced.add(to.stream().map(r::get).toList()));
                for (Map<String, String> row : rows) {
                    List<String> key = from.stream().map(row::get).toList();
                    if (!key.contains("") && !referenced.contains(key)) {
                        problems.add(name + ": " + from + "=" + key + " is not in " + target);
                    }
                }
            }
        }
        return problems;
    }

    static List<Map<String, String>> read(Path csv) throws IOException {
        List<List<String>> records = parse(text(csv));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> header(Path csv) throws IOException {
        return parse(text(csv)).get(0);
    }

    private static String text(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** RFC 4180: fields separated by commas, quoted with {@code "} when they hold commas, quotes or line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
