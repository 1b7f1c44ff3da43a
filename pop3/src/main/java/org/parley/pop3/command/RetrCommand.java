package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/**
 * RFC 1939 §5 RETR: the whole message, byte-stuffed. A message removed meanwhile by another
 * session (an IMAP EXPUNGE) is answered with {@code -ERR}; the session goes on.
 */
public final class RetrCommand {
    private RetrCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t, Pop3Command.Retr c) throws IOException {
        MessageContent.send(s, t, c.message(), -1);
    }
}
