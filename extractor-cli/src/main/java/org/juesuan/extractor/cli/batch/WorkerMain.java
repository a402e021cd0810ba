package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.pipeline.ReportExtractor;
import org.juesuan.extractor.write.ReportJson;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of an isolated batch. Reads tasks from stdin, one per line ({@code input\toutput}), writes each
 * output record itself and answers one line per task on stdout: {@link #DONE} or {@link #FAILED} and a reason;
 * it says {@link #READY} once it can take tasks.
 * Libraries may print to stdout too, so the parent reads only lines with these prefixes.
 */
public final class WorkerMain {
    static final String READY = "@@juesuan-worker ready";
    static final String DONE = "@@juesuan-worker done";
    static final String FAILED = "@@juesuan-worker failed ";

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream replies = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        ReportExtractor extractor = new ReportExtractor();
        replies.println(READY); // start-up (class loading, Tika's configuration) does not count against a file's time
        BufferedReader tasks = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = tasks.readLine(); line != null; line = tasks.readLine()) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                replies.println(FAILED + "malformed task line");
                continue;
            }
            try {
                Path input = Path.of(line.substring(0, tab));
                ReportJson.write(extractor.extract(input).record(), Path.of(line.substring(tab + 1)));
                replies.println(DONE);
            } catch (Exception e) {
                replies.println(FAILED + e.toString().replace('\n', ' '));
            }
        }
    }
}
