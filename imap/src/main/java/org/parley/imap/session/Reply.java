package org.parley.imap.session;

import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.ResponseStatus;

/**
 * How a command ends: the tagged status response the session writes after any pending untagged
 * updates (RFC 9051 §7.1). {@link #SENT} means the command already wrote its tagged response
 * itself (STARTTLS, COMPRESS and LOGOUT must, before the connection changes).
 *
 * @param code null for none
 */
public record Reply(ResponseStatus status, ResponseCode code, String text) {
    public static final Reply SENT = new Reply(ResponseStatus.OK, null, "(sent)");

    public static Reply ok(String text) {
        return new Reply(ResponseStatus.OK, null, text);
    }

    public static Reply ok(ResponseCode code, String text) {
        return new Reply(ResponseStatus.OK, code, text);
    }

    public static Reply no(ResponseCode code, String text) {
        return new Reply(ResponseStatus.NO, code, text);
    }

    public static Reply bad(String text) {
        return new Reply(ResponseStatus.BAD, null, text);
    }
}
