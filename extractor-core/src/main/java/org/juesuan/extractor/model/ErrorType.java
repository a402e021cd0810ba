package org.juesuan.extractor.model;

/** The kinds of failure an error record can carry; {@link #id()} is what the JSON says. */
public enum ErrorType {
    EMPTY_FILE("empty-file"),
    UNSUPPORTED_FORMAT("unsupported-format"),
    ENCRYPTED("encrypted"),
    CORRUPT("corrupt"),
    NO_TEXT("no-text"),
    IO_ERROR("io-error"),
    INTERNAL("internal-error");

    private final String id;

    ErrorType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
