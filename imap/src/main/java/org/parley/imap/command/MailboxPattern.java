package org.parley.imap.command;

import org.parley.imap.session.ImapFailure;
import org.parley.store.mail.MailboxWildcard;

/**
 * A LIST/LSUB pattern (RFC 9051 §6.3.9): {@code *} matches anything, {@code %} anything but the
 * hierarchy delimiter, matched by {@link MailboxWildcard} (linear in pattern × name; patterns are
 * bounded). INBOX matches case-insensitively (RFC 9051 §5.1).
 */
final class MailboxPattern {
    static final int MAX_LENGTH = 1024;
    private static final char DELIMITER = '/';

    private final String pattern;

    private MailboxPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * The pattern a reference and a mailbox argument name together (RFC 9051 §6.3.9): the
     * reference is prefixed unless the pattern starts in another namespace ({@code ~}).
     */
    static MailboxPattern of(String reference, String pattern) {
        String p = reference.isEmpty() || pattern.startsWith("~") ? pattern : reference + pattern;
        if (p.length() > MAX_LENGTH) {
            throw ImapFailure.bad("pattern too long");
        }
        return new MailboxPattern(collapse(MailboxWildcard.foldInbox(p)));
    }

    /** Runs of wildcards behave like one {@code *} if they hold one, else like one {@code %}. */
    private static String collapse(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if ((c == '*' || c == '%') && !sb.isEmpty()) {
                char last = sb.charAt(sb.length() - 1);
                if (last == '*') {
                    continue;
                }
                if (last == '%') {
                    if (c == '*') {
                        sb.setCharAt(sb.length() - 1, '*');
                    }
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    String text() {
        return pattern;
    }

    /** Whether the pattern starts in the other users' namespace. */
    boolean otherUsers() {
        return pattern.startsWith("~");
    }

    /** The fixed part before the first wildcard. */
    String literalPrefix() {
        int i = 0;
        while (i < pattern.length() && pattern.charAt(i) != '*' && pattern.charAt(i) != '%') {
            i++;
        }
        return pattern.substring(0, i);
    }

    boolean matches(String name) {
        return MailboxWildcard.matches(pattern, name);
    }
}
