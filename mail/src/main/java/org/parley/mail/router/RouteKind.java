package org.parley.mail.router;

import java.util.Locale;

/** What an address is being routed for (COMPAT-CGP.md §3.1): the same Router serves all three. */
public enum RouteKind {
    /** E-mail delivery. */
    MAIL,
    /** Real-time signals (SIP calls, IMs). */
    SIGNAL,
    /** Client login names (POP, IMAP, XIMSS, WebUser…). */
    ACCESS;

    /**
     * The CLI word ({@code mail}, {@code signal}, {@code access}, any case) as a kind.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static RouteKind parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "mail" -> MAIL;
            case "signal" -> SIGNAL;
            case "access" -> ACCESS;
            default -> throw new IllegalArgumentException("route kind must be mail, signal or access: " + word);
        };
    }
}
