package org.parley.admin.command;

import org.parley.admin.codec.CliException;

/**
 * The {@code FILTER} of LISTMAILBOXES: IMAP LIST wildcards (RFC 9051 §6.3.9), {@code *} matching
 * any run of characters and {@code %} any run without the hierarchy separator {@code /}; every
 * other character matches itself, case-sensitively, except that a first level spelled
 * {@code inbox} in any case means {@code INBOX} (RFC 9051 §5.1). Immutable and thread-safe.
 *
 * <p>Matching is a dynamic programme over (pattern, name), so hostile patterns such as
 * {@code *a*a*a*a*b} cost at most pattern length × name length steps, never backtrack
 * exponentially; the pattern length is bounded by {@value #MAX_LENGTH}.
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
        return new MailboxFilter(MailboxPaths.foldInbox(pattern));
    }

    boolean matches(String name) {
        int p = pattern.length();
        int n = name.length();
        // row[j]: pattern[0, i) matches name[0, j)
        boolean[] row = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        row[0] = true;
        for (int i = 0; i < p; i++) {
            char pc = pattern.charAt(i);
            next[0] = row[0] && (pc == '*' || pc == '%');
            for (int j = 1; j <= n; j++) {
                char nc = name.charAt(j - 1);
                next[j] = switch (pc) {
                    case '*' -> row[j] || next[j - 1];
                    case '%' -> row[j] || (next[j - 1] && nc != '/');
                    default -> row[j - 1] && pc == nc;
                };
            }
            boolean[] t = row;
            row = next;
            next = t;
        }
        return row[n];
    }
}
