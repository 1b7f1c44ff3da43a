package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.9 NOOP: 250, no effect; the argument is ignored. */
public final class NoopCommand implements CommandHandler<SmtpCommand.Noop> {
    @Override
    public void handle(SmtpCommand.Noop command, SmtpSession session) throws IOException {
        session.reply(SmtpReplies.OK);
    }
}
