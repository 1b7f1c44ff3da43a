package org.parley.mail.queue;

import org.parley.mail.router.RouterAddress;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailPath;

/** Envelope paths as the queue stores them: {@code local@domain} text, {@code ""} for {@code <>}. */
public final class PathText {
    private PathText() {}

    public static String of(MailPath path) {
        return path.isNull() ? "" : path.mailbox().toSmtpString();
    }

    /**
     * Reads a stored path (or a Router result address) back. A source route is dropped: RFC 5321
     * §4.1.2 lets a relay deliver to the final mailbox directly.
     *
     * @throws IllegalArgumentException when the text is not an address
     */
    public static MailPath parse(String text) {
        if (text == null || text.isEmpty() || text.equals("<>")) {
            return MailPath.NULL;
        }
        RouterAddress a = RouterAddress.parse(text);
        int hops = 0;
        while (a.form() == RouterAddress.Form.SOURCE_ROUTE) {
            if (++hops > 16) {
                throw new IllegalArgumentException("source route too long");
            }
            a = RouterAddress.parse(a.localPart());
        }
        return MailPath.of(new EmailAddress(a.localPart(), a.domain() == null ? "" : a.domain()));
    }
}
