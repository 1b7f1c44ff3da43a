package org.parley.imap.search;

import java.util.List;
import org.parley.store.message.Address;
import org.parley.store.message.EncodedWords;
import org.parley.store.message.Envelope;

/**
 * The text that FROM, TO, CC, BCC and SUBJECT search: the ENVELOPE field (RFC 9051 §6.4.4 "in the
 * envelope structure's … field"), RFC 2047-decoded. Taking it from the stored envelope rather than
 * the message bytes keeps these keys free of I/O.
 *
 * <p>An address list reads as its header would after decoding: {@code Name <mailbox@host>} or
 * {@code mailbox@host}, entries joined by {@code ", "}, a group as {@code name: … ;}, so that
 * a key may match the display name, the address, or a span of both.
 */
final class EnvelopeText {
    enum Field {
        FROM,
        TO,
        CC,
        BCC,
        SUBJECT
    }

    private EnvelopeText() {}

    /** The field's text, or null when the message has no such field (absent or empty list). */
    static String of(Envelope e, Field f) {
        return switch (f) {
            case FROM -> addresses(e.from());
            case TO -> addresses(e.to());
            case CC -> addresses(e.cc());
            case BCC -> addresses(e.bcc());
            case SUBJECT -> e.subject() == null ? null : decode(e.subject());
        };
    }

    static String addresses(List<Address> list) {
        if (list.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String separator = "";
        for (Address a : list) {
            if (a.isGroupEnd()) {
                sb.append(';');
                separator = ", ";
                continue;
            }
            sb.append(separator);
            if (a.isGroupStart()) {
                sb.append(decode(a.mailbox())).append(':');
                separator = " ";
                continue;
            }
            separator = ", ";
            String name = a.name() == null ? "" : decode(a.name());
            if (name.isEmpty()) {
                sb.append(a.mailbox()).append('@').append(a.host());
            } else {
                sb.append(name).append(" <").append(a.mailbox()).append('@').append(a.host()).append('>');
            }
        }
        return sb.toString();
    }

    /** RFC 2047 encoded-words decoded; text that is not one is kept as it is. */
    static String decode(String value) {
        return EncodedWords.decode(value);
    }
}
