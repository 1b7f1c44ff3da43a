package org.parley.store.mail;

import java.util.EnumSet;
import java.util.Set;

/** Special-use mailbox attributes (RFC 6154 §2). */
public enum SpecialUse {
    ALL("\\All"),
    ARCHIVE("\\Archive"),
    DRAFTS("\\Drafts"),
    FLAGGED("\\Flagged"),
    JUNK("\\Junk"),
    SENT("\\Sent"),
    TRASH("\\Trash");

    private final String attribute;

    SpecialUse(String attribute) {
        this.attribute = attribute;
    }

    /** The LIST attribute, e.g. {@code \Sent}. */
    public String attribute() {
        return attribute;
    }

    /** Parses {@code \Sent} (case-insensitive, backslash optional). */
    public static SpecialUse parse(String text) {
        String t = text.startsWith("\\") ? text : "\\" + text;
        for (SpecialUse u : values()) {
            if (u.attribute.equalsIgnoreCase(t)) {
                return u;
            }
        }
        throw new MailStoreException(MailError.INVALID_ARGUMENT, "unknown special-use attribute: " + text);
    }

    static String encode(Set<SpecialUse> uses) {
        StringBuilder sb = new StringBuilder();
        for (SpecialUse u : uses) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(u.attribute);
        }
        return sb.toString();
    }

    static Set<SpecialUse> decode(String text) {
        EnumSet<SpecialUse> out = EnumSet.noneOf(SpecialUse.class);
        if (text != null && !text.isBlank()) {
            for (String t : text.trim().split(" +")) {
                out.add(parse(t));
            }
        }
        return out;
    }
}
