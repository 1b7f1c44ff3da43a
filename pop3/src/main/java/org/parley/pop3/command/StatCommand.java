package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/** RFC 1939 §5 STAT: "+OK count octets", messages marked deleted not counted. */
public final class StatCommand {
    private StatCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t) throws IOException {
        s.out().ok(t.maildrop().count() + " " + t.maildrop().octets());
    }
}
