package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.session.Hello;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 2033 §4.1 LHLO: LMTP's EHLO, with the same extension list. */
public final class LhloCommand implements CommandHandler<SmtpCommand.Lhlo> {
    @Override
    public void handle(SmtpCommand.Lhlo command, SmtpSession session) throws IOException {
        EhloCommand.greet(session, Hello.Verb.LHLO, command.domain());
    }
}
