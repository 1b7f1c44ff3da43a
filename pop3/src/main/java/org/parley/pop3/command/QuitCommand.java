package org.parley.pop3.command;

import java.io.IOException;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.session.Pop3Session;
import org.parley.pop3.session.Pop3State;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.UidSet;
import org.parley.store.sql.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 1939 §4 and §6 QUIT. From TRANSACTION it enters UPDATE: the messages this session marked
 * are removed by UID in one store operation (those another session removed first are simply
 * gone already), then the connection closes.
 */
public final class QuitCommand {
    private static final Logger LOG = LoggerFactory.getLogger(QuitCommand.class);

    private QuitCommand() {}

    public static void execute(Pop3Session s) throws IOException {
        s.end();
        if (!(s.state() instanceof Pop3State.Transaction t)) {
            s.out().ok("bye");
            return;
        }
        s.enter(new Pop3State.Update(t));
        UidSet marked = t.maildrop().markedUids();
        if (marked.isEmpty()) {
            s.out().ok("bye");
            return;
        }
        try {
            UidSet removed = t.mail().pop3Delete(t.inbox(), marked);
            LOG.info("QUIT removed {} of {} marked messages", removed.size(), t.maildrop().markedCount());
            s.out().ok("bye, " + t.maildrop().markedCount() + " messages deleted");
        } catch (MailStoreException | StoreException e) {
            // RFC 1939 §6: report that some deleted messages were not removed
            LOG.warn("QUIT could not remove the marked messages: {}", e.getMessage());
            s.out().err(ResponseCode.SYS_TEMP, "some deleted messages not removed");
        }
    }
}
