package org.parley.imap.command;

import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.AppendMessage;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.AppendResult;
import org.parley.store.mail.Flags;

/**
 * RFC 9051 §6.3.12 APPEND with MULTIAPPEND (RFC 3502: all or nothing), BINARY literals (RFC 3516)
 * and UTF8 (RFC 6855 §4); RFC 4315 APPENDUID. The size limit (APPENDLIMIT, RFC 7889) is enforced
 * by the parser before the literal is read, and by the store.
 */
final class AppendCommand {
    private AppendCommand() {}

    static Reply run(ImapCommand.Append c, ImapSession s) {
        List<org.parley.store.mail.AppendMessage> messages = new ArrayList<>(c.messages().size());
        for (AppendMessage m : c.messages()) {
            if (m.utf8() && !s.extensions().utf8()) {
                // RFC 6855 §4: UTF8 (literal) only after ENABLE UTF8=ACCEPT
                return Reply.bad("UTF8 literal needs ENABLE UTF8=ACCEPT");
            }
            messages.add(new org.parley.store.mail.AppendMessage(m.content(), Flags.of(m.flags()),
                    m.internalDate() == null ? null : m.internalDate().toInstant()));
        }
        AppendResult r = s.mail().append(c.mailbox(), messages);
        long[] uids = r.uids().stream().mapToLong(Long::longValue).toArray();
        return Reply.ok(new ResponseCode.AppendUid(r.uidValidity(), SequenceSet.ofNumbers(uids)), "APPEND completed");
    }
}
