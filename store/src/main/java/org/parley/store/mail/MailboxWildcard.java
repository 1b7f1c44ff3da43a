package org.parley.store.mail;

/**
 * Mailbox-name wildcards as IMAP LIST defines them (RFC 9051 §6.3.9) and the CLI's LISTMAILBOXES
 * FILTER reuses: {@code *} matches any run of characters, {@code %} any run without the
 * hierarchy separator {@code /}; every other character matches itself, case-sensitively. Callers
 * fold a first level spelled {@code inbox} with {@link #foldInbox} first (RFC 9051 §5.1).
 *
 * <p>Matching is a dynamic programme over (pattern, name): a hostile pattern such as
 * {@code *a*a*a*a*b} costs at most pattern length × name length steps and never backtracks; the
 * callers bound the pattern length.
 */
public final class MailboxWildcard {
    private MailboxWildcard() {}

    public static boolean matches(String pattern, String name) {
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
                    case '%' -> row[j] || (next[j - 1] && nc != MailboxNames.SEPARATOR);
                    default -> row[j - 1] && pc == nc;
                };
            }
            boolean[] t = row;
            row = next;
            next = t;
        }
        return row[n];
    }

    /** A first level spelled {@code inbox} in any case becomes {@code INBOX}. */
    public static String foldInbox(String name) {
        int slash = name.indexOf(MailboxNames.SEPARATOR);
        String first = slash < 0 ? name : name.substring(0, slash);
        return first.equalsIgnoreCase(MailboxNames.INBOX) ? MailboxNames.INBOX + name.substring(first.length()) : name;
    }
}
