package org.parley.admin.codec;

/**
 * The status codes of the CLI/API (COMPAT-CGP §2.2). Clients mostly test "2xx or not"; the 5xx
 * split follows the vendor's Perl module (500, 501) and the PHP client (512, 513, 515, 520); the
 * rest are Parley's choice. {@code org.parley.admin.session.ErrorMapping} is the one place that
 * turns errors into these codes.
 */
public final class CliCodes {
    /** Success, with or without "data follow". */
    public static final int OK = 200;
    /** Success with the data object on the same line (after INLINE). */
    public static final int OK_INLINE = 201;
    /** More input expected: after USER, send PASS. */
    public static final int MORE = 300;
    /** The verb is not a command Parley knows. */
    public static final int UNKNOWN_COMMAND = 500;
    /** Bad syntax or parameters, an invalid name or setting, an over-long or undecodable line. */
    public static final int BAD_PARAMETERS = 501;
    /** Right command, wrong moment: not logged in yet, already logged in, PASS without USER, TLS unavailable. */
    public static final int BAD_SEQUENCE = 503;
    /** The domain does not exist (or is an alias where the domain's own name is needed). */
    public static final int UNKNOWN_DOMAIN = 512;
    /** The account, forwarder, group or mailbox does not exist (or is invisible to the AUTH account). */
    public static final int UNKNOWN_OBJECT = 513;
    /** Login failed (wrong name or password, throttled) or VERIFYACCOUNTPASSWORD did not match. */
    public static final int BAD_PASSWORD = 515;
    /** The name is already taken. */
    public static final int ALREADY_EXISTS = 520;
    /**
     * DELETEDOMAIN without FORCE on a domain that still holds objects; a mailbox with sub-mailboxes
     * named with MAILBOX where only MAILBOXES can act on it.
     */
    public static final int NOT_EMPTY = 521;
    /** The logged-in account lacks the right, or the object is protected (main domain, postmaster). */
    public static final int NOT_ALLOWED = 530;
    /** Something failed inside the server; the log has the details under the incident id in the text. */
    public static final int INTERNAL_ERROR = 599;

    private CliCodes() {}

    /** Whether a status code means success (2xx). */
    public static boolean isSuccess(int code) {
        return code >= 200 && code < 300;
    }
}
