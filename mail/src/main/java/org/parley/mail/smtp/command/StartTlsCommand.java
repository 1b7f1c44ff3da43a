package org.parley.mail.smtp.command;

import java.io.IOException;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.mail.smtp.session.SmtpSession;

/**
 * RFC 3207 §4 STARTTLS: 220, then the handshake. The session starts over afterwards and plaintext
 * pipelined behind the command is dropped (§4.2; CVE-2011-0411).
 */
public final class StartTlsCommand implements CommandHandler<SmtpCommand.StartTls> {
    @Override
    public void handle(SmtpCommand.StartTls command, SmtpSession session) throws IOException {
        session.reply(SmtpReply.of(220, EnhancedStatusCode.OK, "Ready to start TLS"));
        session.startTls();
    }
}
