package org.parley.store.message;

/**
 * One address of an envelope field as IMAP's ENVELOPE represents it (RFC 9051 §7.5.2): display
 * name, obsolete source route, mailbox (local part) and host. RFC 5322 group syntax is encoded as
 * IMAP does: a start marker with {@code host == null} and {@code mailbox} = group name, an end
 * marker with both null. Strings are raw header text (not MIME-decoded), null when absent.
 *
 * <p>As the parser fills them: {@code name} is the display phrase with quoted strings unquoted and
 * comments dropped (or, without a phrase, the text of a comment after the address); {@code route}
 * is an obsolete source route as {@code "@a,@b"}; {@code mailbox} is the local part (unquoted). A
 * missing local part or domain reads {@code "MISSING_MAILBOX"} / {@code "MISSING_DOMAIN"} (as
 * Dovecot sends them), so {@code host} is null only in group markers.
 */
public record Address(String name, String route, String mailbox, String host) {
    public boolean isGroupStart() {
        return host == null && mailbox != null;
    }

    public boolean isGroupEnd() {
        return host == null && mailbox == null;
    }

    /** {@code mailbox@host}, or null for group markers. */
    public String addrSpec() {
        return host == null ? null : mailbox + "@" + host;
    }
}
