package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs the pipeline in this JVM: fastest, but a parser that hangs takes the batch with it. The readers' limits
 * ({@code too-large}) and the pipeline's own catch of an exhausted heap keep a memory bomb from stopping the batch.
 */
final class InProcessProcessor implements FileProcessor {
    private final ReportExtractor extractor;

    InProcessProcessor() {
        ReportExtractor.prepareInBackground();
        extractor = new ReportExtractor();
    }

    @Override
    public RecordDigest process(FileTask task, RecordDigest.Datasets datasets) {
        try {
            Object record = extractor.extract(task.input(), task.sha256()).record();
            ReportJson.write(record, task.output());
            return RecordDigest.of(record, datasets);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + task.output(), e);
        }
    }
}
