package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/** RFC 1939 §5 RSET: unmarks every message this session marked deleted. */
public final class RsetCommand {
    private RsetCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t) throws IOException {
        t.maildrop().reset();
        s.out().ok("maildrop has " + t.maildrop().count() + " messages (" + t.maildrop().octets() + " octets)");
    }
}
