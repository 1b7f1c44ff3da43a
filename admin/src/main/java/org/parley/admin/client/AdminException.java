package org.parley.admin.client;

import java.io.IOException;

/** The server answered a command (or a login step) with an error status. */
public final class AdminException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int code;
    private final String text;

    public AdminException(int code, String text) {
        super(code + " " + text);
        this.code = code;
        this.text = text;
    }

    /** The status code, e.g. 513. */
    public int code() {
        return code;
    }

    /** The status text after the code. */
    public String text() {
        return text;
    }
}
