package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.MailboxInfo;

/** RFC 3501 §6.3.9 LSUB (IMAP4rev1 only): subscribed names matching the pattern. */
final class LsubCommand {
    private LsubCommand() {}

    static Reply run(ImapCommand.Lsub c, ImapSession s) throws IOException {
        MailboxPattern pattern = MailboxPattern.of(c.reference(), c.pattern());
        List<MailboxInfo> subs = new ArrayList<>(s.mail().listSubscribed());
        subs.sort((a, b) -> ListCommand.INBOX_FIRST.compare(a.name(), b.name()));
        for (MailboxInfo m : subs) {
            if (pattern.matches(m.name())) {
                List<String> attrs = m.nonexistent() || m.noselect() ? List.of("\\Noselect") : List.of();
                s.out().write(new UntaggedResponse.ListEntry(true, attrs, '/', m.name(), List.of(), null));
            }
        }
        return Reply.ok("LSUB completed");
    }
}
