package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;

/** RFC 1939 §7 TOP msg n: the header, the empty line and the first n lines of the body. */
public final class TopCommand {
    private TopCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t, Pop3Command.Top c) throws IOException {
        MessageContent.send(s, t, c.message(), c.lines());
    }
}
