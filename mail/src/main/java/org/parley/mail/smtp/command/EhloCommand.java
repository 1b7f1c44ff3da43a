package org.parley.mail.smtp.command;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.mail.smtp.codec.EhloCapabilities;
import org.parley.mail.smtp.codec.SmtpCommand;
import org.parley.mail.smtp.session.Hello;
import org.parley.mail.smtp.session.SessionState;
import org.parley.mail.smtp.session.SmtpSession;

/** RFC 5321 §4.1.1.1 EHLO: greets and lists the service extensions of this connection. */
public final class EhloCommand implements CommandHandler<SmtpCommand.Ehlo> {
    @Override
    public void handle(SmtpCommand.Ehlo command, SmtpSession session) throws IOException {
        greet(session, Hello.Verb.EHLO, command.domain());
    }

    /** Shared with LHLO (RFC 2033 §4.1), whose reply has the same form. */
    static void greet(SmtpSession session, Hello.Verb verb, String name) throws IOException {
        // RFC 5321 §4.1.4: a greeting resets any transaction in progress
        session.abortTransaction();
        session.state(new SessionState.Greeted(new Hello(verb, name)));
        session.reply(new EhloCapabilities(session.config().serverName() + " at your service",
                capabilities(session)).toReply());
    }

    private static Map<String, List<String>> capabilities(SmtpSession session) {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("PIPELINING", List.of());                                   // RFC 2920
        k.put("SIZE", List.of(Long.toString(session.config().maxMessageSize()))); // RFC 1870
        k.put("8BITMIME", List.of());                                     // RFC 6152
        k.put("SMTPUTF8", List.of());                                     // RFC 6531
        k.put("ENHANCEDSTATUSCODES", List.of());                          // RFC 2034
        k.put("DSN", List.of());                                          // RFC 3461
        k.put("CHUNKING", List.of());                                     // RFC 3030
        k.put("BINARYMIME", List.of());                                   // RFC 3030 §3
        if (session.canStartTls()) {
            k.put("STARTTLS", List.of());                                 // RFC 3207
        }
        List<String> mechanisms = session.authMechanisms();
        if (!mechanisms.isEmpty()) {
            k.put("AUTH", mechanisms);                                    // RFC 4954 §3
        }
        if (session.secure()) {
            k.put("REQUIRETLS", List.of());                               // RFC 8689 §4: only over TLS
        }
        return k;
    }
}
