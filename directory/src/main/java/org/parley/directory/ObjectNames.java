package org.parley.directory;

import java.util.Locale;

/**
 * Naming rules for domains and for the objects inside a domain (COMPAT-CGP §4.1). Names are stored
 * as given and compared case-insensitively through {@link #key}. All names are ASCII; international
 * domain names are written in their {@code xn--} form.
 */
public final class ObjectNames {
    /** Longest account, alias, forwarder or group name. */
    public static final int MAX_OBJECT_NAME = 128;
    /** Longest domain name (RFC 1035 §2.3.4 allows 253 characters in text form). */
    public static final int MAX_DOMAIN_NAME = 253;
    private static final int MAX_LABEL = 63;

    private ObjectNames() {}

    /** The comparison key of a name: ASCII lower case. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks an object name: letters, digits, {@code _ - .}, the punctuation neither first nor
     * last, at most {@value #MAX_OBJECT_NAME} characters.
     *
     * @return the name unchanged
     * @throws DirectoryException INVALID_NAME with the reason
     */
    public static String checkObjectName(String name) {
        if (name == null || name.isEmpty()) {
            throw invalid("an object name must not be empty");
        }
        if (name.length() > MAX_OBJECT_NAME) {
            throw invalid("object name longer than " + MAX_OBJECT_NAME + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean punct = c == '_' || c == '-' || c == '.';
            if (!isAsciiLetterOrDigit(c) && !punct) {
                throw invalid("object name " + quoted(name) + " contains a character other than letters, digits, _ - .");
            }
            if (punct && (i == 0 || i == name.length() - 1)) {
                throw invalid("object name " + quoted(name) + " must not start or end with " + c);
            }
        }
        return name;
    }

    /**
     * Checks a domain name: dot-separated labels of letters, digits, {@code -} and {@code _} (the
     * hyphen neither first nor last in a label), at most {@value #MAX_DOMAIN_NAME} characters. A
     * single trailing dot is not accepted: names are stored without it.
     */
    public static String checkDomainName(String name) {
        if (name == null || name.isEmpty()) {
            throw invalid("a domain name must not be empty");
        }
        if (name.length() > MAX_DOMAIN_NAME) {
            throw invalid("domain name longer than " + MAX_DOMAIN_NAME + " characters");
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                throw invalid("domain name " + quoted(name) + " has an empty label");
            }
            if (label.length() > MAX_LABEL) {
                throw invalid("domain name " + quoted(name) + " has a label longer than " + MAX_LABEL + " characters");
            }
            if (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
                throw invalid("domain name " + quoted(name) + " has a label starting or ending with -");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAsciiLetterOrDigit(c) && c != '-' && c != '_') {
                    throw invalid("domain name " + quoted(name) + " contains a character other than letters, digits, - _ "
                            + "(write international names in their xn-- form)");
                }
            }
        }
        return name;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Quotes a user-supplied name for an error message, cutting it short and hiding control characters. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(s.length(), 80);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (s.length() > n) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    private static DirectoryException invalid(String message) {
        return new DirectoryException(DirectoryError.INVALID_NAME, message);
    }
}
