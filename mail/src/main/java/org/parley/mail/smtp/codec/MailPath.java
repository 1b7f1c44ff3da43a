package org.parley.mail.smtp.codec;

import java.util.List;

/**
 * A reverse-path or forward-path of MAIL/RCPT (RFC 5321 §4.1.2).
 *
 * <p>RFC 5321 §4.1.2 / §C tell servers to ignore a source route; it is kept here so relay checks
 * and the Router can see it. A null reverse-path {@code <>} has no mailbox.
 *
 * @param route   domains of the source route {@code <@a,@b:user@c>} in order, lower-cased; empty
 *                when absent
 * @param mailbox the mailbox; null only for the null reverse-path {@code <>}
 */
public record MailPath(List<String> route, EmailAddress mailbox) {

    /** {@code <>}: the null reverse-path of bounces (RFC 5321 §4.5.5). */
    public static final MailPath NULL = new MailPath(List.of(), null);

    public MailPath {
        route = List.copyOf(route);
        if (mailbox == null && !route.isEmpty()) {
            throw new IllegalArgumentException("the null path has no route");
        }
    }

    public static MailPath of(EmailAddress mailbox) {
        return new MailPath(List.of(), mailbox);
    }

    public boolean isNull() {
        return mailbox == null;
    }

    /** The path in SMTP syntax with angle brackets: {@code <>}, {@code <a@b>}, {@code <@r:a@b>}. */
    public String toSmtpString() {
        if (mailbox == null) {
            return "<>";
        }
        StringBuilder out = new StringBuilder(64).append('<');
        for (int i = 0; i < route.size(); i++) {
            out.append(i == 0 ? "@" : ",@").append(route.get(i));
        }
        if (!route.isEmpty()) {
            out.append(':');
        }
        return out.append(mailbox.toSmtpString()).append('>').toString();
    }

    @Override
    public String toString() {
        return toSmtpString();
    }
}
