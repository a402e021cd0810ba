package org.juesuan.extractor.model;

/** The kinds of failure an error record can carry; {@link #id()} is what the JSON says. */
public enum ErrorType {
    EMPTY_FILE("empty-file"),
    UNSUPPORTED_FORMAT("unsupported-format"),
    ENCRYPTED("encrypted"),
    CORRUPT("corrupt"),
    /**
     * The input exceeds one of the readers' safety limits (a zip entry that expands like a zip bomb, structure
     * nested deeper than the readers follow); the message names the limit.
     */
    TOO_LARGE("too-large"),
    NO_TEXT("no-text"),
    IO_ERROR("io-error"),
    /** The input took longer than the batch's per-file time limit; its worker was stopped. */
    TIMEOUT("timeout"),
    /** The worker process died on the input (out of memory, a crash in native code). */
    WORKER_CRASHED("worker-crashed"),
    INTERNAL("internal-error");

    private final String id;

    ErrorType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
