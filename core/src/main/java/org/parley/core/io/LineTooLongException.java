package org.parley.core.io;

import java.io.IOException;

/**
 * A line exceeded the caller's limit. The reader has already skipped the rest of that line, so the
 * protocol can answer with its own error and keep reading the next command.
 */
public final class LineTooLongException extends IOException {
    private final int limit;

    public LineTooLongException(int limit) {
        super("line longer than " + limit + " octets");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
