package org.juesuan.extractor.cli.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs. {@code isolated}: each input in a child JVM with {@code workerHeap} and {@code timeout};
 * otherwise in this JVM. {@code force}: redo inputs whose output is already up to date;
 * {@code retryErrors}: redo inputs whose output is an error record.
 */
public record BatchOptions(int threads, boolean isolated, Duration timeout, String workerHeap, boolean force,
                           boolean retryErrors, Path jsonl, Path factsCsv) {
}
