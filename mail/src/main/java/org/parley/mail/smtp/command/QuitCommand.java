package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.10 QUIT: 221, then close; an open transaction is aborted. */
public final class QuitCommand implements CommandHandler<SmtpCommand.Quit> {
    @Override
    public void handle(SmtpCommand.Quit command, SmtpSession session) throws IOException {
        session.abortTransaction();
        session.reply(SmtpReply.of(221, EnhancedStatusCode.OK, session.config().serverName() + " closing connection"));
        session.close();
    }
}
