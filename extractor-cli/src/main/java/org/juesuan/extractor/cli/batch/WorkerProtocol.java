package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The framing between the batch and its worker JVMs, in one place: one message per line, each a compact JSON
 * object, so that any file name (newlines, tabs, any Unicode) travels intact. The parent writes a task per line
 * on the worker's stdin; the worker answers on stdout with lines starting {@link #PREFIX} (libraries may print
 * to stdout too; other lines are not replies): ready once it can take tasks, then done (with the record's
 * {@link RecordDigest}, so that the parent need not read the record back) or failed per task.
 */
final class WorkerProtocol {
    static final String PREFIX = "@@juesuan-worker ";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A worker's answer; {@code reason} only for {@link Kind#FAILED}, {@code digest} only for {@link Kind#DONE}. */
    record Reply(Kind kind, String reason, RecordDigest digest) {
    }

    /** A task and the datasets its digest is to carry. */
    record Request(FileTask task, RecordDigest.Datasets datasets) {
    }

    enum Kind { READY, DONE, FAILED }

    private WorkerProtocol() {
    }

    static String task(FileTask task) {
        return task(task, RecordDigest.Datasets.NONE);
    }

    static String task(FileTask task, RecordDigest.Datasets datasets) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("input", task.input().toString());
        fields.put("outDir", task.outDir().toString());
        fields.put("output", task.outputName());
        fields.put("sha256", task.sha256());
        fields.put("jsonl", datasets.jsonl());
        fields.put("factsCsv", datasets.factsCsv());
        return write(fields);
    }

    /** The task a line carries; an {@link IllegalArgumentException} for a line that is not one. */
    static FileTask parseTask(String line) {
        return parseRequest(line).task();
    }

    /** The task and datasets a line carries; an {@link IllegalArgumentException} for a line that is not one. */
    static Request parseRequest(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed task line: " + e.getOriginalMessage());
        }
        if (node == null || !node.path("input").isTextual() || !node.path("outDir").isTextual()
                || !node.path("output").isTextual()) {
            throw new IllegalArgumentException("malformed task line: input, outDir and output are required");
        }
        return new Request(new FileTask(Path.of(node.get("input").asText()), Path.of(node.get("outDir").asText()),
                node.get("output").asText(), node.path("sha256").isTextual() ? node.get("sha256").asText() : null),
                new RecordDigest.Datasets(node.path("jsonl").asBoolean(), node.path("factsCsv").asBoolean()));
    }

    static String ready() {
        return PREFIX + write(Map.of("reply", "ready"));
    }

    static String done(RecordDigest digest) {
        return PREFIX + write(Map.of("reply", "done", "digest", digest));
    }

    static String failed(String reason) {
        return PREFIX + write(Map.of("reply", "failed", "reason", reason));
    }

    /** The reply a line of the worker's stdout carries; empty for anything else a library printed. */
    static Optional<Reply> parseReply(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(line.substring(PREFIX.length()));
            return switch (node.path("reply").asText()) {
                case "ready" -> Optional.of(new Reply(Kind.READY, null, null));
                case "done" -> Optional.of(new Reply(Kind.DONE, null, JSON.treeToValue(node.get("digest"), RecordDigest.class)));
                case "failed" -> Optional.of(new Reply(Kind.FAILED, node.path("reason").asText(), null));
                default -> Optional.empty();
            };
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String write(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields); // compact: control characters are escaped, never a raw newline
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
