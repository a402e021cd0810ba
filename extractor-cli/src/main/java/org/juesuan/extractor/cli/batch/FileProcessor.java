package org.juesuan.extractor.cli.batch;

/**
 * Turns one input into its output record (a report or an error record) at {@link FileTask#output()}.
 * Never throws for a bad input: the record says what went wrong. Implementations are thread-safe.
 */
interface FileProcessor extends AutoCloseable {
    void process(FileTask task);

    @Override
    default void close() {
    }
}
