package org.parley.imap.command;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.StatusItem;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.MailboxSnapshot;
import org.parley.store.mail.MailboxStatus;
import org.parley.store.mail.MessageState;

/**
 * RFC 9051 §6.3.11 STATUS with SIZE (RFC 8438), HIGHESTMODSEQ (RFC 7162, which enables
 * CONDSTORE), APPENDLIMIT (RFC 7889) and DELETED-STORAGE (RFC 9208 §4.1.4).
 */
final class StatusCommand {
    private StatusCommand() {}

    static Reply run(ImapCommand.Status c, ImapSession s) throws IOException {
        writeStatus(s, c.mailbox(), c.items(), false);
        return Reply.ok("STATUS completed");
    }

    /**
     * Writes {@code * STATUS}; with {@code quiet} (LIST RETURN STATUS, RFC 5819 §2) a mailbox that
     * cannot be read is skipped instead of failing.
     */
    static void writeStatus(ImapSession s, String mailbox, List<StatusItem> items, boolean quiet) throws IOException {
        MailboxStatus st;
        try {
            st = s.mail().status(mailbox);
        } catch (MailStoreException e) {
            if (quiet) {
                return;
            }
            throw e;
        }
        Map<StatusItem, Long> values = new LinkedHashMap<>();
        for (StatusItem item : items) {
            long v = switch (item) {
                case MESSAGES -> st.messages();
                case RECENT -> st.recent();
                case UIDNEXT -> st.uidNext();
                case UIDVALIDITY -> st.uidValidity();
                case UNSEEN -> st.unseen();
                case DELETED -> st.deleted();
                case SIZE -> st.size();
                case HIGHESTMODSEQ -> {
                    s.extensions().enableCondstore();
                    yield st.highestModseq();
                }
                case APPENDLIMIT -> s.options().limits().maxAppendLiteral();
                case DELETED_STORAGE -> deletedStorage(s, mailbox, st);
            };
            values.put(item, v);
        }
        s.out().write(new UntaggedResponse.MailboxStatus(mailbox, values));
    }

    /** Octets of \Deleted messages, in KiB like the STORAGE quota resource (RFC 9208 §4.1.4). */
    private static long deletedStorage(ImapSession s, String mailbox, MailboxStatus st) {
        if (st.deleted() == 0) {
            return 0;
        }
        MailboxSnapshot snap = s.mail().select(mailbox, true);
        long octets = 0;
        for (MessageState m : snap.messages()) {
            if (m.flags().deleted()) {
                octets += m.size();
            }
        }
        return (octets + 1023) / 1024;
    }
}
