package org.parley.mail.router;

/**
 * A Router table text that cannot be installed. Nothing of the table is used when this is
 * thrown: SETROUTERTABLE either installs the whole table or nothing.
 */
public final class RoutingTableException extends Exception {

    private final int line;
    private final String reason;

    /**
     * @param line   1-based line number, 0 when the problem concerns the whole text
     * @param reason what is wrong, for the administrator
     */
    public RoutingTableException(int line, String reason) {
        super(line == 0 ? reason : "line " + line + ": " + reason, null, false, false);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
