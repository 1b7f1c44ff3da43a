package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.Hello;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.1 HELO: greets without service extensions. */
public final class HeloCommand implements CommandHandler<SmtpCommand.Helo> {
    @Override
    public void handle(SmtpCommand.Helo command, SmtpSession session) throws IOException {
        // RFC 5321 §4.1.4: HELO/EHLO also reset any transaction in progress
        session.abortTransaction();
        session.state(new SessionState.Greeted(new Hello(Hello.Verb.HELO, command.domain())));
        session.reply(SmtpReply.of(250, session.config().serverName()));
    }
}
