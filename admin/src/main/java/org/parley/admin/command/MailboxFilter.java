package org.parley.admin.command;

import org.parley.admin.codec.CliException;
import org.parley.store.mail.MailboxWildcard;

/**
 * The {@code FILTER} of LISTMAILBOXES: IMAP LIST wildcards (RFC 9051 §6.3.9), {@code *} matching
 * any run of characters and {@code %} any run without the hierarchy separator {@code /}; every
 * other character matches itself, case-sensitively, except that a first level spelled
 * {@code inbox} in any case means {@code INBOX} (RFC 9051 §5.1). Immutable and thread-safe.
 *
 * <p>Matching is {@link MailboxWildcard}'s, linear in pattern × name; the pattern length is
 * bounded by {@value #MAX_LENGTH}.
 */
final class MailboxFilter {
    /** Longer than any mailbox name the store accepts (1000), so every real name can be matched literally. */
    static final int MAX_LENGTH = 1024;
    static final MailboxFilter ALL = new MailboxFilter("*");

    private final String pattern;

    private MailboxFilter(String pattern) {
        this.pattern = pattern;
    }

    static MailboxFilter of(String pattern) {
        if (pattern.isEmpty() || pattern.length() > MAX_LENGTH) {
            throw CliException.badParameters("a FILTER is 1 to " + MAX_LENGTH + " characters");
        }
        return new MailboxFilter(MailboxWildcard.foldInbox(pattern));
    }

    boolean matches(String name) {
        return MailboxWildcard.matches(pattern, name);
    }
}
