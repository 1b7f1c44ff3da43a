package org.parley.mail.smtp.client;

import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;

/**
 * One RCPT of an outbound transaction. {@code parameters} (NOTIFY, ORCPT) are passed on only when
 * the server offers DSN (RFC 3461 §5.2.1 case 2: otherwise we are the last DSN-capable hop).
 */
public record OutboundRecipient(MailPath path, RcptParameters parameters) {
    public OutboundRecipient {
        if (path == null || path.isNull()) {
            throw new IllegalArgumentException("a recipient needs a mailbox");
        }
        parameters = parameters == null ? RcptParameters.NONE : parameters;
    }
}
