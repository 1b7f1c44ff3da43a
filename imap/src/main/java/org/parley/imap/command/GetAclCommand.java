package org.parley.imap.command;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.Rights;

/** RFC 4314 §3.3 GETACL: {@code * ACL mailbox identifier rights ...}; needs {@code a}. */
final class GetAclCommand {
    private GetAclCommand() {}

    static Reply run(ImapCommand.GetAcl c, ImapSession s) throws IOException {
        Map<String, String> rights = new LinkedHashMap<>();
        for (Map.Entry<String, Rights> e : s.mail().getAcl(c.mailbox()).entrySet()) {
            rights.put(e.getKey(), e.getValue().toImap(false));
        }
        s.out().write(new UntaggedResponse.Acl(c.mailbox(), rights));
        return Reply.ok("GETACL completed");
    }
}
