package org.parley.admin.command;

import org.parley.store.mail.MailboxWildcard;

/**
 * The spelling rules of mailbox names that the CLI needs for its own comparisons (which names
 * lie below which, whether two subscription entries are the same): {@code /} separates levels,
 * INBOX is case-insensitive (RFC 9051 §5.1) and one trailing {@code /} only announces children
 * (RFC 9051 §6.3.4). Whether a name is acceptable at all is the mail store's decision.
 */
final class MailboxPaths {
    static final String INBOX = "INBOX";
    static final char SEPARATOR = '/';

    private MailboxPaths() {}

    /** {@code name} with one trailing {@code /} dropped and INBOX folded; {@code ~owner/} kept as written. */
    static String canonical(String name) {
        if (name.startsWith("~")) {
            int slash = name.indexOf(SEPARATOR);
            return slash < 0 ? name : name.substring(0, slash + 1) + canonical(name.substring(slash + 1));
        }
        String n = name.length() > 1 && name.charAt(name.length() - 1) == SEPARATOR ? name.substring(0, name.length() - 1) : name;
        return MailboxWildcard.foldInbox(n);
    }


    /** Whether {@code name} is {@code ancestor} or lies below it. */
    static boolean isSelfOrBelow(String name, String ancestor) {
        return name.equals(ancestor)
                || (name.length() > ancestor.length() && name.startsWith(ancestor) && name.charAt(ancestor.length()) == SEPARATOR);
    }
}
