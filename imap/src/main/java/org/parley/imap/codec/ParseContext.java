package org.parley.imap.codec;

import java.util.EnumSet;
import java.util.Set;

/**
 * Session state the grammar depends on, passed to {@link ImapParser#parse(ParseContext)} for each
 * command because ENABLE changes it between commands.
 *
 * @param utf8Names  UTF8=ACCEPT (RFC 6855 §3) or IMAP4rev2 (RFC 9051 §5.1) is enabled: mailbox
 *                   names travel as UTF-8. When false they are decoded from modified UTF-7
 *                   (RFC 3501 §5.1.3)
 * @param leniencies tolerances to apply, see {@link Leniency}
 */
public record ParseContext(boolean utf8Names, Set<Leniency> leniencies) {
    /** A fresh connection: modified UTF-7 names, every leniency on. */
    public static final ParseContext DEFAULT = new ParseContext(false, EnumSet.allOf(Leniency.class));

    public ParseContext {
        leniencies = leniencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(leniencies));
    }

    public ParseContext withUtf8Names(boolean on) {
        return new ParseContext(on, leniencies);
    }

    public boolean allows(Leniency leniency) {
        return leniencies.contains(leniency);
    }
}
