package org.parley.mail.smtp.command;

import java.io.IOException;
import java.util.List;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.8 HELP: a 214 listing the commands; topics are not distinguished. */
public final class HelpCommand implements CommandHandler<SmtpCommand.Help> {
    @Override
    public void handle(SmtpCommand.Help command, SmtpSession session) throws IOException {
        String greeting = session.config().flavour().isLmtp() ? "LHLO" : "HELO EHLO";
        session.reply(new SmtpReply(214, EnhancedStatusCode.OK, List.of(
                "Commands: " + greeting + " MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY HELP STARTTLS AUTH",
                "See RFC 5321")));
    }
}
