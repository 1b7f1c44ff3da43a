package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.Pop3Message;

/** RFC 1939 §5 DELE: only marks the message; it is removed at QUIT (UPDATE state). */
public final class DeleCommand {
    private DeleCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t, Pop3Command.Dele c) throws IOException {
        Pop3Message m = Messages.live(s, t, c.message());
        if (m != null) {
            t.maildrop().delete(c.message());
            s.out().ok("message " + c.message() + " deleted");
        }
    }
}
