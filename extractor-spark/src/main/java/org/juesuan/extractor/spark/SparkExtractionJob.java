package org.juesuan.extractor.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

/**
 * The extraction as a Spark job: every file under the inputs (files, directories searched recursively, globs;
 * any Hadoop file system) is read as binary ({@code binaryFiles}) and run through the core's pipeline on the
 * executors, each partition with one reader set. Writes {@code OUT/reports/} (JSON Lines part files, one record
 * per input, the schema of {@code extract}) and {@code OUT/facts/} (Parquet, one row per fact, partitioned by
 * {@code fiscal_year}). The extracted rows are persisted so that the two outputs come from one extraction.
 */
public final class SparkExtractionJob {
    /**
     * Spark's default cost of opening a file for {@code binaryFiles} (4 MB) is ten times a typical report: it would
     * pack a few hundred reports into one partition and leave cores idle. At 64 KB the inputs split by their size
     * into about the number of partitions asked for.
     */
    public static final String OPEN_COST_SETTING = "spark.files.openCostInBytes";
    public static final String OPEN_COST = "65536";

    /** {@code partitions} null: twice the default parallelism (the cores), split by the files' sizes. */
    public record Options(List<String> inputs, String out, Integer partitions, Duration timeout) {
    }

    /** What the job did: inputs, error records by type, facts written. */
    public record Summary(long inputs, Map<String, Long> errorsByType, long facts, int partitions) {
        public long errors() {
            return errorsByType.values().stream().mapToLong(Long::longValue).sum();
        }

        public long reports() {
            return inputs - errors();
        }
    }

    private final Extraction.Factory extraction;

    public SparkExtractionJob() {
        this(Extraction.pipeline());
    }

    /** With another extraction than the core's pipeline (tests of the isolation). */
    SparkExtractionJob(Extraction.Factory extraction) {
        this.extraction = extraction;
    }

    public Summary run(SparkSession spark, Options options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int minPartitions = options.partitions() != null ? options.partitions() : 2 * context.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> files = context.binaryFiles(String.join(",", options.inputs()), minPartitions);
        if (files.getNumPartitions() > minPartitions) {
            files = files.coalesce(minPartitions); // no shuffle: the streams are opened where they are extracted
        }
        JavaRDD<Row> extracted = files.mapPartitions(new PartitionExtractor(extraction, options.timeout()));
        Dataset<Row> records = spark.createDataFrame(extracted, PartitionExtractor.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            records.select("json").write().text(options.out() + "/reports");
            records.select(explode(col("facts")).as("fact")).select("fact.*")
                    .write().partitionBy("fiscal_year").parquet(options.out() + "/facts");
            Map<String, Long> errors = new TreeMap<>();
            long inputs = 0;
            for (Row row : records.groupBy("error_type").count().collectAsList()) {
                inputs += row.getLong(1);
                if (!row.isNullAt(0)) {
                    errors.put(row.getString(0), row.getLong(1));
                }
            }
            Row facts = records.agg(sum(size(col("facts")))).first();
            return new Summary(inputs, errors, facts.isNullAt(0) ? 0 : facts.getLong(0), files.getNumPartitions());
        } finally {
            records.unpersist();
        }
    }
}
