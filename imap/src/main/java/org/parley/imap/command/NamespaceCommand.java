package org.parley.imap.command;

import java.io.IOException;
import java.util.List;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/**
 * RFC 2342 / RFC 9051 §6.3.10 NAMESPACE: personal {@code ""}, other users {@code "~"} (CommuniGate's
 * {@code ~account/mailbox}), both with {@code /}; no shared namespace (public folders are an
 * account's mailboxes shared through ACLs or folder aliases).
 */
final class NamespaceCommand {
    private NamespaceCommand() {}

    static Reply run(ImapSession s) throws IOException {
        s.out().write(new UntaggedResponse.Namespace(
                List.of(new UntaggedResponse.Namespace.Entry("", '/')),
                List.of(new UntaggedResponse.Namespace.Entry("~", '/')),
                null));
        return Reply.ok("NAMESPACE completed");
    }
}
