package org.parley.store.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules for mailbox names in an account's own namespace: {@code /} separates levels, INBOX is
 * case-insensitive (RFC 9051 §5.1) and written {@code INBOX}, also as the first level of a longer
 * name. Names are Unicode as given (IMAP converts modified UTF-7 at its edge).
 */
final class MailboxNames {
    static final char SEPARATOR = '/';
    static final String INBOX = "INBOX";
    /** Bounds the row size and every protocol's reply line. */
    static final int MAX_LENGTH = 1000;
    static final int MAX_LEVELS = 32;

    private MailboxNames() {}

    /**
     * The canonical form of a local name, or {@link MailError#INVALID_NAME}: no empty name or level,
     * no control characters, not starting with {@code ~} (foreign names) or {@code /}, at most
     * {@value #MAX_LENGTH} characters and {@value #MAX_LEVELS} levels. One trailing separator is
     * dropped (RFC 9051 §6.3.4: it only declares the intent to create children).
     */
    static String normalize(String name) {
        if (name == null) {
            throw invalid("no name");
        }
        String n = name;
        if (n.length() > 1 && n.charAt(n.length() - 1) == SEPARATOR) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.isEmpty() || n.length() > MAX_LENGTH) {
            throw invalid("bad mailbox name length");
        }
        if (n.charAt(0) == '~') {
            throw invalid("names starting with ~ are other accounts' mailboxes");
        }
        int levels = 1;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                throw invalid("control character in mailbox name");
            }
            if (Character.isSurrogate(c) && !validSurrogate(n, i)) {
                throw invalid("broken UTF-16 in mailbox name");
            }
            if (c == SEPARATOR) {
                levels++;
                if (i == 0 || i == n.length() - 1 || n.charAt(i - 1) == SEPARATOR) {
                    throw invalid("empty level in mailbox name");
                }
            }
        }
        if (levels > MAX_LEVELS) {
            throw invalid("mailbox name nested too deeply");
        }
        int slash = n.indexOf(SEPARATOR);
        String first = slash < 0 ? n : n.substring(0, slash);
        if (first.equalsIgnoreCase(INBOX) && !first.equals(INBOX)) {
            n = INBOX + n.substring(first.length());
        }
        return n;
    }

    /** Canonical form of an own name, or of a foreign {@code ~owner/path} name (owner kept as written). */
    static String normalizeAny(String name) {
        if (name != null && name.startsWith("~")) {
            int slash = name.indexOf(SEPARATOR);
            if (slash < 2 || slash == name.length() - 1) {
                throw invalid("a foreign name is ~account/mailbox");
            }
            String owner = name.substring(1, slash);
            for (int i = 0; i < owner.length(); i++) {
                if (owner.charAt(i) <= 0x20 || owner.charAt(i) == 0x7f) {
                    throw invalid("control character in account name");
                }
            }
            return name.substring(0, slash + 1) + normalize(name.substring(slash + 1));
        }
        return normalize(name);
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static MailStoreException invalid(String why) {
        return new MailStoreException(MailError.INVALID_NAME, why);
    }

    static boolean isInbox(String canonical) {
        return INBOX.equals(canonical);
    }

    /** The parent's name, or null at the top level. */
    static String parent(String name) {
        int i = name.lastIndexOf(SEPARATOR);
        return i < 0 ? null : name.substring(0, i);
    }

    /** Proper ancestors, outermost first: {@code a/b/c} → {@code a}, {@code a/b}. */
    static List<String> ancestors(String name) {
        List<String> out = new ArrayList<>();
        for (int i = name.indexOf(SEPARATOR); i >= 0; i = name.indexOf(SEPARATOR, i + 1)) {
            out.add(name.substring(0, i));
        }
        return out;
    }

    /** Whether {@code name} is {@code ancestor} itself or below it. */
    static boolean isSelfOrBelow(String name, String ancestor) {
        return name.equals(ancestor)
                || (name.length() > ancestor.length() && name.startsWith(ancestor) && name.charAt(ancestor.length()) == SEPARATOR);
    }
}
