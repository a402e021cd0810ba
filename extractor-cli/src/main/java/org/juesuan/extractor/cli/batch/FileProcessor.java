package org.juesuan.extractor.cli.batch;

/**
 * Turns one input into its output record (a report or an error record) at {@link FileTask#output()} and returns
 * the record's digest with the {@code datasets} it asks for. Never throws for a bad input: the record says what
 * went wrong. Implementations are thread-safe.
 */
interface FileProcessor extends AutoCloseable {
    RecordDigest process(FileTask task, RecordDigest.Datasets datasets);

    /**
     * Called once, before the first task, when the batch has work for the processor: at least {@code files} inputs
     * (those without an output yet, or all with {@code --force}; an output found stale later adds to them). It may
     * start what those tasks need (worker processes) so that their start-up overlaps the batch's own.
     */
    default void prepare(int files) {
    }

    @Override
    default void close() {
    }
}
