package org.parley.mail.smtp.codec;

import java.nio.charset.StandardCharsets;

/**
 * Writes {@link SmtpCommand} records as command lines, for the outbound SMTP/LMTP client and for
 * tests. The output parses back to an equal record with {@link SmtpCommandParser}. Stateless.
 */
public final class SmtpCommandFormatter {

    private SmtpCommandFormatter() {
    }

    /** The command line without CRLF. */
    public static String format(SmtpCommand command) {
        return switch (command) {
            case SmtpCommand.Helo c -> "HELO " + c.domain();
            case SmtpCommand.Ehlo c -> "EHLO " + c.domain();
            case SmtpCommand.Lhlo c -> "LHLO " + c.domain();
            case SmtpCommand.Mail c -> "MAIL FROM:" + c.reversePath().toSmtpString() + mailParameters(c.parameters());
            case SmtpCommand.Rcpt c -> "RCPT TO:" + c.forwardPath().toSmtpString() + rcptParameters(c.parameters());
            case SmtpCommand.Data c -> "DATA";
            case SmtpCommand.Bdat c -> "BDAT " + c.size() + (c.last() ? " LAST" : "");
            case SmtpCommand.Rset c -> "RSET";
            case SmtpCommand.Noop c -> c.argument().isEmpty() ? "NOOP" : "NOOP " + c.argument();
            case SmtpCommand.Quit c -> "QUIT";
            case SmtpCommand.Vrfy c -> "VRFY " + c.argument();
            case SmtpCommand.Expn c -> "EXPN " + c.argument();
            case SmtpCommand.Help c -> c.topic().isEmpty() ? "HELP" : "HELP " + c.topic();
            case SmtpCommand.StartTls c -> "STARTTLS";
            case SmtpCommand.Auth c -> "AUTH " + c.mechanism()
                    + c.initialResponse().map(r -> " " + (r.isEmpty() ? "=" : r)).orElse("");
        };
    }

    /** The command line with CRLF as UTF-8 octets, ready to write. */
    public static byte[] encode(SmtpCommand command) {
        return (format(command) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code " SIZE=… BODY=…"} with a leading space, or empty when there are no parameters. */
    public static String mailParameters(MailParameters p) {
        StringBuilder out = new StringBuilder();
        p.size().ifPresent(n -> out.append(" SIZE=").append(n));
        p.body().ifPresent(b -> out.append(" BODY=").append(b.keyword()));
        if (p.smtpUtf8()) {
            out.append(" SMTPUTF8");
        }
        p.auth().ifPresent(a -> out.append(" AUTH=").append(a.isEmpty() ? "<>" : Xtext.encode(a)));
        p.ret().ifPresent(r -> out.append(" RET=").append(r.name()));
        p.envelopeId().ifPresent(id -> out.append(" ENVID=").append(Xtext.encode(id)));
        if (p.requireTls()) {
            out.append(" REQUIRETLS");
        }
        return out.toString();
    }

    /** {@code " NOTIFY=… ORCPT=…"} with a leading space, or empty. */
    public static String rcptParameters(RcptParameters p) {
        StringBuilder out = new StringBuilder();
        if (!p.notifyOn().isEmpty()) {
            out.append(" NOTIFY=");
            boolean first = true;
            for (DsnNotify n : DsnNotify.values()) {
                if (p.notifyOn().contains(n)) {
                    out.append(first ? "" : ",").append(n.name());
                    first = false;
                }
            }
        }
        p.originalRecipient().ifPresent(o -> out.append(" ORCPT=").append(o.toParameterValue()));
        return out.toString();
    }
}
