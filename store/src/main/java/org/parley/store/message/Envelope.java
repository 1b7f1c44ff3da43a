package org.parley.store.message;

import java.util.List;

/**
 * The ENVELOPE of a message or of an embedded message/rfc822 part (RFC 9051 §7.5.2). Header values
 * are raw (unfolded, not MIME-decoded) text, null when the header is absent. Per the RFC, an
 * absent Sender or Reply-To is reported as From; that defaulting is done by the parser, so these
 * lists are what IMAP sends.
 *
 * <p>Of repeated header fields the first counts. A field present but empty gives "" (absent: null).
 * An empty address list is sent as NIL.
 */
public record Envelope(
        String date,
        String subject,
        List<Address> from,
        List<Address> sender,
        List<Address> replyTo,
        List<Address> to,
        List<Address> cc,
        List<Address> bcc,
        String inReplyTo,
        String messageId) {
    public Envelope {
        from = List.copyOf(from);
        sender = List.copyOf(sender);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }
}
