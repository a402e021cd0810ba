package org.juesuan.extractor.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.write.FactRow;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job on local[2] against what {@code extract} makes of the same files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkExtractionJobTest {
    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("SparkExtractionJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config(SparkExtractionJob.OPEN_COST_SETTING, SparkExtractionJob.OPEN_COST)
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    @Test
    void everyRecordAndFactEqualsExtracts(@TempDir Path temp) throws IOException {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.write(broken.resolve("broken.pdf"), "%PDF-1.7\nthis is not a PDF body\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(broken.resolve("empty.txt"), new byte[0]);
        Path corpora = RepoFiles.root().resolve("corpora");
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpora)) {
            files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".pdf")).forEach(inputs::add);
        }
        inputs.add(broken.resolve("broken.pdf"));
        inputs.add(broken.resolve("empty.txt"));
        assertEquals(11, inputs.size(), "5 seeds, 4 PDFs, 2 broken files");
        Path out = temp.resolve("out");

        SparkExtractionJob.Summary summary = new SparkExtractionJob().run(spark, new SparkExtractionJob.Options(
                List.of(corpora + "/*.txt", corpora + "/*.pdf", broken.toString()), out.toString(), 3,
                Duration.ofMinutes(5)));

        Map<String, JsonNode> records = readReports(out.resolve("reports"));
        assertEquals(11, summary.inputs());
        assertTrue(summary.partitions() > 1, "the inputs spread over more than one partition (binaryFiles packs by size)");
        assertEquals(Map.of("corrupt", 1L, "empty-file", 1L), summary.errorsByType());
        assertEquals(11, records.size(), "one record per input");
        assertEquals("corrupt", records.get("broken.pdf").at("/error/type").asText());
        assertEquals("empty-file", records.get("empty.txt").at("/error/type").asText());

        ReportExtractor extractor = new ReportExtractor();
        List<String> expectedFacts = new ArrayList<>();
        for (Path input : inputs) {
            // what extract writes for the input (its worker: ReportJson of ReportExtractor's record)
            ObjectNode expected = (ObjectNode) ReportJson.readTree(ReportJson.toJson(extractor.extract(input).record()));
            ObjectNode actual = (ObjectNode) records.get(input.getFileName().toString());
            assertEquals(input.toUri().getPath(), java.net.URI.create(actual.at("/source/path").asText()).getPath(),
                    "the record names the file by its URI");
            ((ObjectNode) expected.get("source")).remove("path");
            ((ObjectNode) actual.get("source")).remove("path");
            assertEquals(expected, actual, "the record of " + input.getFileName());
            for (FactRow fact : FactRow.of(expected)) {
                expectedFacts.add(identity(input.getFileName().toString(), fact.sha256(), fact.department(),
                        fact.fiscalYear(), fact.kind(), fact.key(), fact.code(), fact.label(), fact.number(),
                        fact.text(), fact.unit(), fact.raw(), fact.source(), fact.section(), fact.page()));
            }
        }
        assertEquals(expectedFacts.size(), summary.facts());

        Dataset<Row> facts = spark.read().parquet(out.resolve("facts").toString());
        assertEquals(DataTypes.createDecimalType(38, 6), facts.schema().apply("value").dataType());
        assertEquals(DataTypes.IntegerType, facts.schema().apply("fiscal_year").dataType());
        List<String> actualFacts = new ArrayList<>();
        for (Row row : facts.collectAsList()) {
            String file = row.getAs("file");
            actualFacts.add(identity(file.substring(file.lastIndexOf('/') + 1), row.getAs("sha256"),
                    row.getAs("department"), row.getAs("fiscal_year"), row.getAs("kind"), row.getAs("key"),
                    row.getAs("code"), row.getAs("label"), row.getAs("value"), row.getAs("value_text"),
                    row.getAs("unit"), row.getAs("raw"), row.getAs("source"), row.getAs("section"), row.getAs("page")));
        }
        expectedFacts.sort(null);
        actualFacts.sort(null);
        assertEquals(expectedFacts, actualFacts, "the Parquet facts are the records' facts");

        // seed 001: "一般公共服务（类）人大事务（款）行政运行（项）:支出决算为1273.96万元" of fiscal year 2021
        Row item = facts.where("key = 'gpb.item' AND code = '2010101' AND file LIKE '%001_ac178a9e9dd67b94.txt'")
                .collectAsList().get(0);
        assertEquals(0, new BigDecimal("12739600").compareTo(item.getAs("value")));
        assertEquals(2021, (int) item.getAs("fiscal_year"));
        assertEquals("1273.96万元", item.getAs("raw"));
    }

    @Test
    void anInputThatThrowsHangsOrRunsOutOfMemoryBecomesItsErrorRecord(@TempDir Path temp) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(RepoFiles.corpus("004_b2fb7ddb4acb550d.txt"), in.resolve("good.txt"));
        for (String name : List.of("hangs", "oom", "throws")) {
            Files.writeString(in.resolve(name + ".txt"), name);
        }
        Path out = temp.resolve("out");

        // one partition: each failure is followed by the other inputs in the same task. The limit also covers the
        // real report's extraction in a cold pipeline: generous, so that a busy machine cannot push it past it
        SparkExtractionJob.Summary summary = new SparkExtractionJob(SparkExtractionJobTest::misbehaving).run(spark,
                new SparkExtractionJob.Options(List.of(in.toString()), out.toString(), 1, Duration.ofSeconds(30)));

        Map<String, JsonNode> records = readReports(out.resolve("reports"));
        assertEquals(4, records.size());
        assertEquals("timeout", records.get("hangs.txt").at("/error/type").asText());
        assertEquals("worker-crashed", records.get("oom.txt").at("/error/type").asText());
        assertTrue(records.get("oom.txt").at("/error/message").asText().contains("ran out of memory"));
        assertEquals("internal-error", records.get("throws.txt").at("/error/type").asText());
        assertTrue(records.get("throws.txt").at("/error/message").asText().contains("a parser's own error"));
        // the error records still identify the content
        assertEquals(org.juesuan.extractor.pipeline.Hashing.sha256("hangs".getBytes(StandardCharsets.UTF_8)),
                records.get("hangs.txt").at("/source/sha256").asText());
        assertEquals(5, records.get("hangs.txt").at("/source/bytes").asInt());
        JsonNode good = records.get("good.txt");
        assertEquals("攀枝花市西区人民政府办公室", good.at("/report/department").asText());
        assertTrue(good.path("facts").size() > 0);
        assertEquals(Map.of("timeout", 1L, "worker-crashed", 1L, "internal-error", 1L), summary.errorsByType());
        assertEquals(good.path("facts").size(), summary.facts());
    }

    /** The pipeline, except for the three inputs that misbehave as their content says. */
    private static Extraction misbehaving() {
        ReportExtractor pipeline = new ReportExtractor();
        return (content, fileName, path) -> {
            switch (new String(content, StandardCharsets.UTF_8)) {
                case "hangs" -> {
                    try {
                        Thread.sleep(Duration.ofMinutes(10).toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("woke up");
                }
                case "oom" -> {
                    long[] huge = new long[Integer.MAX_VALUE]; // beyond any heap: the JVM throws at once, without a GC
                    throw new IllegalStateException("allocated " + huge.length);
                }
                case "throws" -> throw new AssertionError("a parser's own error");
                default -> {
                    return pipeline.extract(content, fileName, path);
                }
            }
        };
    }

    /** A fact as one comparable line; numbers compared by value (Parquet keeps six decimals). */
    private static String identity(String fileName, Object... columns) {
        StringBuilder line = new StringBuilder(fileName);
        for (Object column : columns) {
            line.append(" | ").append(column instanceof BigDecimal number
                    ? number.stripTrailingZeros().toPlainString() : column);
        }
        return line.toString();
    }

    private static Map<String, JsonNode> readReports(Path dir) throws IOException {
        Map<String, JsonNode> records = new HashMap<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "part-*")) {
            for (Path part : parts) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode record = ReportJson.readTree(line);
                    JsonNode previous = records.put(record.at("/source/fileName").asText(), record);
                    assertTrue(previous == null, "two records for " + record.at("/source/fileName"));
                }
            }
        }
        return records;
    }
}
