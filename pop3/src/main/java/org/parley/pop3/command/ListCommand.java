package org.parley.pop3.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.session.Maildrop;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.Pop3Message;

/** RFC 1939 §5 LIST: scan listings "number octets" of one message or of all not deleted. */
public final class ListCommand {
    private ListCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t, Pop3Command.List c) throws IOException {
        Maildrop drop = t.maildrop();
        if (c.message() != 0) {
            Pop3Message m = Messages.live(s, t, c.message());
            if (m != null) {
                s.out().ok(c.message() + " " + m.size());
            }
            return;
        }
        List<String> lines = new ArrayList<>(drop.count());
        for (int n = 1; n <= drop.highest(); n++) {
            if (!drop.isDeleted(n)) {
                lines.add(n + " " + drop.get(n).size());
            }
        }
        s.out().multiLine(drop.count() + " messages (" + drop.octets() + " octets)", lines);
    }
}
