package org.juesuan.extractor.cli.query;

/** A problem the user can fix (bad SQL, wrong directory, outputs of another schema version): one line, exit 2. */
public class QueryException extends Exception {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
