package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.Pop3Message;

/** Looks up a message number for the commands that take one (RFC 1939 §5). */
final class Messages {
    private Messages() {}

    /** The message, or null after answering {@code -ERR} for an unknown or deleted number. */
    static Pop3Message live(Pop3Session s, Pop3State.Transaction t, int number) throws IOException {
        if (!t.maildrop().exists(number)) {
            s.out().err("no such message");
            return null;
        }
        if (t.maildrop().isDeleted(number)) {
            // RFC 1939 §5: a message marked as deleted may not be referred to
            s.out().err("message " + number + " already deleted");
            return null;
        }
        return t.maildrop().get(number);
    }
}
