package org.parley.imap.session;

import org.parley.imap.codec.ResponseCode;

/**
 * A handler's way to end a command with NO or BAD from deep inside its work; the session turns
 * it into the tagged response. Nothing was changed when it is thrown.
 */
public final class ImapFailure extends RuntimeException {
    private final transient Reply reply;

    public ImapFailure(Reply reply) {
        super(reply.text(), null, false, false);
        this.reply = reply;
    }

    public static ImapFailure no(ResponseCode code, String text) {
        return new ImapFailure(Reply.no(code, text));
    }

    public static ImapFailure bad(String text) {
        return new ImapFailure(Reply.bad(text));
    }

    public Reply reply() {
        return reply;
    }
}
