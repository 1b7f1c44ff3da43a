package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.session.SmtpReplies;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.5 RSET; also ends a BDAT sequence and drops its chunks (RFC 3030 §2). */
public final class RsetCommand implements CommandHandler<SmtpCommand.Rset> {
    @Override
    public void handle(SmtpCommand.Rset command, SmtpSession session) throws IOException {
        session.abortTransaction();
        session.reply(SmtpReplies.OK);
    }
}
