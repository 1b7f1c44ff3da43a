package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.7 EXPN: disabled, since group members are nobody's business (§7.3). */
public final class ExpnCommand implements CommandHandler<SmtpCommand.Expn> {
    @Override
    public void handle(SmtpCommand.Expn command, SmtpSession session) throws IOException {
        session.reply(SmtpReply.of(502, EnhancedStatusCode.INVALID_COMMAND, "EXPN not available"));
    }
}
