package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpSession;

/**
 * RFC 5321 §4.1.1.6 VRFY. Replies never reveal whether an account exists (RFC 5321 §7.3, STYLE.md),
 * so every VRFY gets the 252 that §3.5.3 names for this case.
 */
public final class VrfyCommand implements CommandHandler<SmtpCommand.Vrfy> {
    @Override
    public void handle(SmtpCommand.Vrfy command, SmtpSession session) throws IOException {
        session.reply(SmtpReply.of(252, EnhancedStatusCode.OK,
                "Cannot VRFY user, but will accept message and attempt delivery"));
    }
}
