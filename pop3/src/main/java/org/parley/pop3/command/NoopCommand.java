package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.session.Pop3Session;

/** RFC 1939 §5 NOOP. */
public final class NoopCommand {
    private NoopCommand() {}

    public static void execute(Pop3Session s) throws IOException {
        s.out().ok(null);
    }
}
