package org.parley.imap.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * APPEND (RFC 9051 §6.3.12) with MULTIAPPEND (RFC 3502 §6: 1*append-message), literal8 message
 * data (RFC 3516 §4.4) and {@code UTF8 (literal8)} (RFC 6855 §4).
 */
final class AppendParser {
    private AppendParser() {}

    static ImapCommand append(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        List<AppendMessage> messages = new ArrayList<>();
        do {
            r.sp();
            messages.add(message(r));
        } while (r.spaceThenArgument());
        return new ImapCommand.Append(mailbox, messages);
    }

    private static AppendMessage message(CommandReader r) throws ImapParseException, IOException {
        List<String> flags = List.of();
        OffsetDateTime date = null;
        if (r.peekIs('(')) {
            flags = r.flagList();
            r.sp();
        }
        if (r.peekIs('"')) {
            date = dateTime(r);
            r.sp();
        }
        if (r.peekIs('{') || r.peekIs('~')) {
            CommandReader.Literal literal = r.literal(true, true);
            return new AppendMessage(flags, date, literal.data(), literal.binary(), false);
        }
        String word = r.atomUpper();
        if (!word.equals("UTF8")) {
            throw r.bad("expected the message literal");
        }
        r.sp();
        r.openParen();
        if (!r.peekIs('~')) {
            // RFC 6855 §4: append-data =/ "UTF8" SP "(" literal8 ")"
            throw r.bad("UTF8 needs a literal8");
        }
        CommandReader.Literal literal = r.literal(true, true);
        r.closeParen();
        return new AppendMessage(flags, date, literal.data(), true, true);
    }

    private static OffsetDateTime dateTime(CommandReader r) throws ImapParseException {
        String text = new String(r.quotedBytes(), StandardCharsets.ISO_8859_1);
        try {
            return ImapDates.parseDateTime(text);
        } catch (IllegalArgumentException e) {
            if (text.length() == 25 && text.charAt(1) == '-') {
                try {
                    OffsetDateTime t = ImapDates.parseDateTime(" " + text);
                    if (r.lenient(Leniency.UNPADDED_DATE_TIME_DAY)) {
                        return t;
                    }
                } catch (IllegalArgumentException ignored) {
                    // fall through to the error below
                }
            }
            throw r.bad("invalid date-time");
        }
    }
}
