package org.parley.imap.command;

import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.Rights;

/**
 * RFC 9051 §6.4.1 CLOSE: silently expunges \Deleted messages of a read-write mailbox (no
 * untagged EXPUNGE), then returns to the authenticated state.
 */
final class CloseCommand {
    private CloseCommand() {}

    static Reply run(ImapSession s) {
        SelectedMailbox view = s.selected();
        if (!view.readOnly() && view.handle().rights().has(Rights.EXPUNGE)) {
            try {
                s.mail().expunge(view.handle(), null);
            } catch (MailStoreException e) {
                // the mailbox is closed regardless (RFC 9051 §6.4.1)
            }
        }
        s.unselect();
        return Reply.ok("CLOSE completed");
    }
}
