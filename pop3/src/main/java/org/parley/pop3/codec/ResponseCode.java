package org.parley.pop3.codec;

/**
 * Extended response codes (RFC 2449 §8), written in brackets right after {@code +OK} or
 * {@code -ERR} when the session advertised RESP-CODES.
 */
public enum ResponseCode {
    /** RFC 2449 §8.1.1: the maildrop is locked by another session. */
    IN_USE("IN-USE"),
    /** RFC 2449 §8.1.2: logged in too soon after the last login. */
    LOGIN_DELAY("LOGIN-DELAY"),
    /** RFC 3206 §4: a temporary system problem; the client may retry later (throttled logins too). */
    SYS_TEMP("SYS/TEMP"),
    /** RFC 3206 §4: a permanent system problem; retrying will not help. */
    SYS_PERM("SYS/PERM"),
    /** RFC 3206 §5: the credentials (or the way they were sent) are the problem. */
    AUTH("AUTH");

    private final String wire;

    ResponseCode(String wire) {
        this.wire = wire;
    }

    /** The code as written between the brackets. */
    public String wire() {
        return wire;
    }
}
