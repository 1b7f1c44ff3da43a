package org.parley.imap.command;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** RFC 2971 ID: logs what the client says about itself and answers with the server's name and version. */
final class IdCommand {
    private static final Logger LOG = LoggerFactory.getLogger(IdCommand.class);

    private IdCommand() {}

    static Reply run(ImapCommand.Id c, ImapSession s) throws IOException {
        if (c.fields() != null && !c.fields().isEmpty()) {
            LOG.info("client id {}", c.fields());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Parley");
        fields.put("version", s.options().version());
        fields.put("vendor", "Parley");
        s.out().write(new UntaggedResponse.Id(fields));
        return Reply.ok("ID completed");
    }
}
