package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.write.ReportJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A test worker: an input whose name starts with {@code hang} never finishes (a parser stuck for good, at any
 * machine speed); any other input is extracted as {@link WorkerMain} does. The pipeline is warmed up before the
 * worker says it is ready, so that a small input's time is its own and not class loading.
 */
public final class HangingWorker {
    private HangingWorker() {
    }

    public static void main(String[] args) throws IOException {
        ReportExtractor extractor = new ReportExtractor();
        extractor.extract("第一部分 部门概况\n2021年度收入2155.89万元。\n".getBytes(StandardCharsets.UTF_8), "warm-up.txt", "warm-up.txt");
        WorkerMain.serve(System.in, task -> {
            if (task.input().getFileName().toString().startsWith("hang")) {
                Thread.sleep(Long.MAX_VALUE);
            }
            Object record = extractor.extract(task.input()).record();
            ReportJson.write(record, task.output());
            return record;
        });
    }
}
