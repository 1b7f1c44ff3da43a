package org.parley.store.mail;

/**
 * A set of mailbox access rights (RFC 4314 §2.1): {@code l r s w i p k x t e a}. Immutable.
 *
 * <p>Obsolete RFC 2086 letters are accepted on input with the mapping RFC 4314 §2.1.1 gives for
 * servers that use "d" for DELETE: {@code c} = {@code k}, {@code d} = {@code x t e}. CommuniGate
 * letters (COMPAT-CGP.md §4.4: {@code l r s w i p c d a}) map the same way, see {@link #fromCgp}.
 */
public final class Rights {
    /** RFC 4314 letters in canonical order; bit i of the mask is LETTERS.charAt(i). */
    public static final String LETTERS = "lrswipkxtea";
    public static final Rights NONE = new Rights(0);
    public static final Rights ALL = new Rights((1 << LETTERS.length()) - 1);

    public static final char LOOKUP = 'l';
    public static final char READ = 'r';
    public static final char SEEN = 's';
    public static final char WRITE = 'w';
    public static final char INSERT = 'i';
    public static final char POST = 'p';
    public static final char CREATE = 'k';
    public static final char DELETE_MAILBOX = 'x';
    public static final char DELETE_MESSAGES = 't';
    public static final char EXPUNGE = 'e';
    public static final char ADMIN = 'a';

    private final int mask;

    private Rights(int mask) {
        this.mask = mask;
    }

    static Rights ofMask(int mask) {
        return new Rights(mask & ALL.mask);
    }

    int mask() {
        return mask;
    }

    /**
     * Parses RFC 4314 rights letters, with obsolete {@code c}/{@code d} mapped (§2.1.1). Digits
     * (RFC 4314 §2.1 implementation-defined rights) are ignored; any other letter is refused.
     */
    public static Rights parse(String letters) {
        int m = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            m |= switch (c) {
                case 'c' -> bit('k');
                case 'd' -> bit('x') | bit('t') | bit('e');
                default -> {
                    if (c >= '0' && c <= '9') {
                        yield 0;
                    }
                    int idx = LETTERS.indexOf(c);
                    if (idx < 0) {
                        throw new MailStoreException(MailError.INVALID_ARGUMENT, "unknown right '" + c + "'");
                    }
                    yield 1 << idx;
                }
            };
        }
        return new Rights(m);
    }

    /**
     * CommuniGate letters: {@code l r s w i p a} as in RFC 4314, {@code c} (create sub-mailboxes)
     * = {@code k}, {@code d} (mark Deleted, expunge, delete the mailbox) = {@code t e x}.
     */
    public static Rights fromCgp(String letters) {
        int m = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            m |= switch (c) {
                case 'l', 'r', 's', 'w', 'i', 'p', 'a' -> bit(c);
                case 'c' -> bit('k');
                case 'd' -> bit('x') | bit('t') | bit('e');
                default -> throw new MailStoreException(MailError.INVALID_ARGUMENT, "unknown CommuniGate right '" + c + "'");
            };
        }
        return new Rights(m);
    }

    /** The CommuniGate letters for these rights: {@code c} if {@code k}, {@code d} if {@code t}. */
    public String toCgp() {
        StringBuilder sb = new StringBuilder();
        for (char c : "lrswip".toCharArray()) {
            if (has(c)) {
                sb.append(c);
            }
        }
        if (has('k')) {
            sb.append('c');
        }
        if (has('t')) {
            sb.append('d');
        }
        if (has('a')) {
            sb.append('a');
        }
        return sb.toString();
    }

    private static int bit(char c) {
        return 1 << LETTERS.indexOf(c);
    }

    public boolean has(char right) {
        int idx = LETTERS.indexOf(right);
        return idx >= 0 && (mask & (1 << idx)) != 0;
    }

    public boolean hasAll(Rights other) {
        return (mask & other.mask) == other.mask;
    }

    public boolean isEmpty() {
        return mask == 0;
    }

    public Rights plus(Rights other) {
        return new Rights(mask | other.mask);
    }

    public Rights minus(Rights other) {
        return new Rights(mask & ~other.mask);
    }

    /**
     * RFC 4314 letters; with {@code obsolete} also {@code c} when {@code k} is held and {@code d}
     * when {@code x t e} are, for RFC 2086 clients (§2.1.1).
     */
    public String toImap(boolean obsolete) {
        StringBuilder sb = new StringBuilder(toString());
        if (obsolete) {
            if (has('k')) {
                sb.append('c');
            }
            if (has('x') && has('t') && has('e')) {
                sb.append('d');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LETTERS.length(); i++) {
            if ((mask & (1 << i)) != 0) {
                sb.append(LETTERS.charAt(i));
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rights r && r.mask == mask;
    }

    @Override
    public int hashCode() {
        return mask;
    }
}
