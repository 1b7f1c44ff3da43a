package org.parley.pop3.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.session.Maildrop;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.Pop3Message;

/**
 * RFC 1939 §7 UIDL: "number unique-id". The id is the store's {@code uidvalidity.uid}, the same
 * in every session for as long as the message exists and never given to another message.
 */
public final class UidlCommand {
    private UidlCommand() {}

    public static void execute(Pop3Session s, Pop3State.Transaction t, Pop3Command.Uidl c) throws IOException {
        Maildrop drop = t.maildrop();
        if (c.message() != 0) {
            Pop3Message m = Messages.live(s, t, c.message());
            if (m != null) {
                s.out().ok(c.message() + " " + m.uniqueId());
            }
            return;
        }
        List<String> lines = new ArrayList<>(drop.count());
        for (int n = 1; n <= drop.highest(); n++) {
            if (!drop.isDeleted(n)) {
                lines.add(n + " " + drop.get(n).uniqueId());
            }
        }
        s.out().multiLine("unique-id listing follows", lines);
    }
}
