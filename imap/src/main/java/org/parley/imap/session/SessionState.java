package org.parley.imap.session;

import org.parley.store.mail.MailSession;

/**
 * The IMAP connection states of RFC 9051 §3 as a sealed type: which commands each allows is
 * decided in one place, {@link CommandPolicy}.
 */
public sealed interface SessionState {
    /** Before LOGIN/AUTHENTICATE (RFC 9051 §3.1). */
    record NotAuthenticated() implements SessionState {}

    /** Logged in, no mailbox selected (RFC 9051 §3.2). */
    record Authenticated(org.parley.directory.auth.Authenticated who, MailSession mail) implements SessionState {}

    /** A mailbox is selected (RFC 9051 §3.3); {@code mailbox} is this session's view of it. */
    record Selected(org.parley.directory.auth.Authenticated who, MailSession mail, SelectedMailbox mailbox)
            implements SessionState {}

    /** LOGOUT was received or the server is closing the connection (RFC 9051 §3.4). */
    record Logout() implements SessionState {}

    /** The logged-in identity, or null before login and after logout. */
    default org.parley.directory.auth.Authenticated identity() {
        return switch (this) {
            case Authenticated a -> a.who();
            case Selected s -> s.who();
            case NotAuthenticated n -> null;
            case Logout l -> null;
        };
    }

    /** The store session, or null before login and after logout. */
    default MailSession mailSession() {
        return switch (this) {
            case Authenticated a -> a.mail();
            case Selected s -> s.mail();
            case NotAuthenticated n -> null;
            case Logout l -> null;
        };
    }
}
