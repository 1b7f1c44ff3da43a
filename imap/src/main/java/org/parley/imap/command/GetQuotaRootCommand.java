package org.parley.imap.command;

import java.io.IOException;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.QuotaInfo;

/** RFC 9208 §4.3 GETQUOTAROOT: the mailbox's root and that root's usage; needs {@code r}. */
final class GetQuotaRootCommand {
    private GetQuotaRootCommand() {}

    static Reply run(ImapCommand.GetQuotaRoot c, ImapSession s) throws IOException {
        QuotaInfo q = s.mail().quotaOf(c.mailbox());
        String root = QuotaResources.rootOf(c.mailbox());
        s.out().write(new UntaggedResponse.QuotaRoot(c.mailbox(), List.of(root)));
        s.out().write(QuotaResources.of(root, q));
        return Reply.ok("GETQUOTAROOT completed");
    }
}
