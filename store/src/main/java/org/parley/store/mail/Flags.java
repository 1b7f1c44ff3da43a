package org.parley.store.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A message's flags: the system flags as bits and the keywords (RFC 9051 §2.3.2). Flag names
 * compare case-insensitively; keywords keep the spelling under which the mailbox first saw them,
 * in case-insensitive order. Immutable. {@code \Recent} is not a stored flag: it is per session
 * and reported by {@link MailboxSnapshot#recent()}.
 */
public record Flags(int system, List<String> keywords) {
    public static final int SEEN = 1;
    public static final int ANSWERED = 2;
    public static final int FLAGGED = 4;
    public static final int DELETED = 8;
    public static final int DRAFT = 16;
    static final int ALL_SYSTEM = SEEN | ANSWERED | FLAGGED | DELETED | DRAFT;
    private static final String[] NAMES = {"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};
    /** Longest keyword accepted; keeps rows and FLAGS responses bounded. */
    public static final int MAX_KEYWORD_LENGTH = 100;
    private static final Flags[] SYSTEM_ONLY = new Flags[ALL_SYSTEM + 1];

    static {
        for (int i = 0; i <= ALL_SYSTEM; i++) {
            SYSTEM_ONLY[i] = new Flags(i, List.of());
        }
    }

    public static final Flags NONE = SYSTEM_ONLY[0];

    public Flags {
        if ((system & ~ALL_SYSTEM) != 0) {
            throw new IllegalArgumentException("unknown system flag bits " + system);
        }
        keywords = normalize(keywords);
    }

    /** Only system flags; instances are shared. */
    public static Flags of(int system) {
        return SYSTEM_ONLY[system];
    }

    /**
     * Parses IMAP flag names: {@code \Seen \Answered \Flagged \Deleted \Draft} and keywords.
     * {@code \Recent} is ignored (it cannot be stored, RFC 3501 §2.3.2); any other backslash name
     * or a keyword that is not an atom is rejected with {@link MailError#INVALID_ARGUMENT}.
     */
    public static Flags of(Collection<String> names) {
        int system = 0;
        List<String> kw = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith("\\")) {
                int bit = systemBit(n);
                if (bit < 0) {
                    if (n.equalsIgnoreCase("\\Recent")) {
                        continue;
                    }
                    throw new MailStoreException(MailError.INVALID_ARGUMENT, "unknown system flag " + n);
                }
                system |= bit;
            } else {
                kw.add(validKeyword(n));
            }
        }
        return kw.isEmpty() ? of(system) : new Flags(system, kw);
    }

    public static Flags of(String... names) {
        return of(List.of(names));
    }

    static int systemBit(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return 1 << i;
            }
        }
        return -1;
    }

    static String validKeyword(String k) {
        if (k.isEmpty() || k.length() > MAX_KEYWORD_LENGTH) {
            throw new MailStoreException(MailError.INVALID_ARGUMENT, "bad keyword length");
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            // RFC 9051 §9 atom: no atom-specials, no CTL, 7-bit
            if (c <= 0x20 || c >= 0x7f || "(){%*\"\\]".indexOf(c) >= 0) {
                throw new MailStoreException(MailError.INVALID_ARGUMENT, "keyword is not an atom: " + k);
            }
        }
        return k;
    }

    private static List<String> normalize(List<String> kw) {
        if (kw == null || kw.isEmpty()) {
            return List.of();
        }
        TreeMap<String, String> byKey = new TreeMap<>();
        for (String k : kw) {
            byKey.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
        }
        return List.copyOf(byKey.values());
    }

    public boolean has(int bit) {
        return (system & bit) != 0;
    }

    public boolean seen() {
        return has(SEEN);
    }

    public boolean deleted() {
        return has(DELETED);
    }

    public boolean hasKeyword(String k) {
        for (String x : keywords) {
            if (x.equalsIgnoreCase(k)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return system == 0 && keywords.isEmpty();
    }

    /** Flags in this set or {@code other}. */
    public Flags plus(Flags other) {
        List<String> kw = new ArrayList<>(keywords);
        kw.addAll(other.keywords);
        return new Flags(system | other.system, kw);
    }

    /** Flags in this set and not in {@code other}. */
    public Flags minus(Flags other) {
        List<String> kw = new ArrayList<>();
        for (String k : keywords) {
            if (!other.hasKeyword(k)) {
                kw.add(k);
            }
        }
        return kw.isEmpty() ? of(system & ~other.system) : new Flags(system & ~other.system, kw);
    }

    /** Same flags, keyword spelling ignored. */
    public boolean sameAs(Flags other) {
        return system == other.system && keywordKey().equals(other.keywordKey());
    }

    String keywordKey() {
        return String.join(" ", keywords).toLowerCase(Locale.ROOT);
    }

    /** All flag names, system flags first, as IMAP writes them. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            if ((system & (1 << i)) != 0) {
                out.add(NAMES[i]);
            }
        }
        out.addAll(keywords);
        return out;
    }

    String encodeKeywords() {
        return String.join(" ", keywords);
    }

    static Flags decode(int system, String keywords) {
        if (keywords == null || keywords.isEmpty()) {
            return of(system);
        }
        return new Flags(system, List.of(keywords.split(" ")));
    }

    @Override
    public String toString() {
        return String.join(" ", names());
    }
}
