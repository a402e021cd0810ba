package org.juesuan.extractor.read;

import org.juesuan.extractor.model.ErrorType;

/** An input that cannot be read, with the error type its error record will carry. */
public class ReadException extends Exception {
    private final ErrorType type;

    public ReadException(ErrorType type, String message) {
        super(message);
        this.type = type;
    }

    public ReadException(ErrorType type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    public ErrorType type() {
        return type;
    }
}
