package org.juesuan.extractor.model;

/** The kinds of failure an error record can carry; {@link #id()} is what the JSON says. */
public enum ErrorType {
    EMPTY_FILE("empty-file"),
    UNSUPPORTED_FORMAT("unsupported-format"),
    ENCRYPTED("encrypted"),
    CORRUPT("corrupt"),
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
