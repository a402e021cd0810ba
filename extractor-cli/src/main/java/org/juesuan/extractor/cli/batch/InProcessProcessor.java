package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs the pipeline in this JVM: fastest, but a parser that hangs or exhausts memory takes the batch with it. */
final class InProcessProcessor implements FileProcessor {
    private final ReportExtractor extractor = new ReportExtractor();

    @Override
    public void process(FileTask task) {
        try {
            ReportJson.write(extractor.extract(task.input()).record(), task.output());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + task.output(), e);
        }
    }
}
