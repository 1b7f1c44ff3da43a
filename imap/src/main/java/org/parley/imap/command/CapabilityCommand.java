package org.parley.imap.command;

import java.io.IOException;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;

/** RFC 9051 §6.1.1 CAPABILITY: the list for this connection's current state. */
final class CapabilityCommand {
    private CapabilityCommand() {}

    static Reply run(ImapSession s) throws IOException {
        s.out().write(new UntaggedResponse.Capability(s.capabilities()));
        return Reply.ok("CAPABILITY completed");
    }
}
