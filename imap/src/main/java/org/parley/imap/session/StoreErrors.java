package org.parley.imap.session;

import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.store.mail.MailStoreException;

/**
 * The one place where store errors become IMAP replies (STYLE.md: a small closed set of errors,
 * mapped once): RFC 5530 response codes, and TRYCREATE where RFC 9051 §6.3.12 and §6.4.7 ask
 * for it.
 */
public final class StoreErrors {
    private StoreErrors() {}

    public static Reply reply(MailStoreException e, ImapCommand command) {
        String text = e.getMessage() == null ? "failed" : e.getMessage();
        return switch (e.error()) {
            case NONEXISTENT -> isDestination(command)
                    // RFC 9051 §6.3.12 (APPEND), §6.4.7 (COPY), RFC 6851 (MOVE): the client may CREATE and retry
                    ? Reply.no(ResponseCode.Simple.TRYCREATE, text)
                    : Reply.no(ResponseCode.Simple.NONEXISTENT, text);
            case ALREADY_EXISTS -> Reply.no(ResponseCode.Simple.ALREADYEXISTS, text);
            case NO_PERMISSION -> Reply.no(ResponseCode.Simple.NOPERM, text);
            case OVER_QUOTA -> Reply.no(ResponseCode.Simple.OVERQUOTA, text);
            case TOO_BIG -> Reply.no(ResponseCode.Simple.TOOBIG, text);
            case INVALID_NAME -> Reply.no(ResponseCode.Simple.CANNOT, text);
            case INVALID_ARGUMENT -> Reply.bad(text);
            case LIMIT -> Reply.no(ResponseCode.Simple.LIMIT, text);
            case HAS_CHILDREN -> Reply.no(ResponseCode.Simple.HASCHILDREN, text);
            case CANNOT -> Reply.no(ResponseCode.Simple.CANNOT, text);
        };
    }

    private static boolean isDestination(ImapCommand command) {
        return command instanceof ImapCommand.Append || command instanceof ImapCommand.Copy
                || command instanceof ImapCommand.Move;
    }
}
