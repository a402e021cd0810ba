package org.juesuan.extractor.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.write.FactRow;
import org.juesuan.extractor.write.ReportJson;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The work of one Spark partition: one extraction (one reader set) for all its inputs, each input isolated
 * ({@link IsolatedExtraction}), one row per input: {@code path}, {@code error_type} (null for a report), the record
 * as one JSON line, and its facts ({@link FactColumns}, read back from that JSON so that both outputs agree).
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
    static final StructType SCHEMA = new StructType(new StructField[]{
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("error_type", DataTypes.StringType, true),
            DataTypes.createStructField("json", DataTypes.StringType, false),
            DataTypes.createStructField("facts", DataTypes.createArrayType(FactColumns.SCHEMA, false), false)});

    private final Extraction.Factory factory;
    private final Duration timeout;

    PartitionExtractor(Extraction.Factory factory, Duration timeout) {
        this.factory = factory;
        this.timeout = timeout;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        IsolatedExtraction extraction = new IsolatedExtraction(factory.create(), timeout);
        return new Iterator<>() { // lazily, so that a partition's records are not all held at once
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    extraction.close();
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Tuple2<String, PortableDataStream> file = files.next();
                return row(file._1(), extraction.extract(new StreamedFile(file._1(), file._2())));
            }
        };
    }

    static Row row(String path, ExtractionOutcome outcome) {
        String json = ReportJson.toJsonLine(outcome.record());
        List<Row> facts = new ArrayList<>();
        String errorType = null;
        if (outcome instanceof ExtractionOutcome.Failure failure) {
            errorType = failure.error().error().type();
        } else {
            for (FactRow fact : FactRow.of(ReportJson.readTree(json))) {
                facts.add(FactColumns.row(fact));
            }
        }
        return RowFactory.create(path, errorType, json, CollectionConverters.asScala(facts).toSeq()); // Spark wants a Scala Seq
    }

    /** An input of {@code binaryFiles}: read only when its extraction starts, inside the isolation. */
    private record StreamedFile(String path, PortableDataStream stream) implements InputFile {
        @Override
        public byte[] read() throws IOException {
            try {
                return stream.toArray();
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public long size() {
            try {
                org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
                return file.getFileSystem(stream.getConfiguration()).getFileStatus(file).getLen();
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
