package org.parley.store.mail;

import java.util.Locale;

/**
 * What a mailbox holds (COMPAT-CGP.md §4.2): mail, or groupware items stored as messages.
 * {@link #cgpName()} is CommuniGate's "Mailbox Class" value, which XIMSS and the CLI speak.
 */
public enum MailboxClass {
    MAIL("mail", ""),
    CALENDAR("calendar", "IPF.Appointment"),
    CONTACTS("contacts", "IPF.Contact"),
    TASKS("tasks", "IPF.Task"),
    NOTES("notes", "IPF.StickyNote");

    private final String wireName;
    private final String cgpName;

    MailboxClass(String wireName, String cgpName) {
        this.wireName = wireName;
        this.cgpName = cgpName;
    }

    public String wireName() {
        return wireName;
    }

    /** CommuniGate class name; empty for plain mail. */
    public String cgpName() {
        return cgpName;
    }

    /** Accepts our names and CommuniGate's, case-insensitively; empty or null means mail. */
    public static MailboxClass parse(String name) {
        if (name == null || name.isEmpty() || name.equalsIgnoreCase("IPF.Note")) {
            return MAIL;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (MailboxClass c : values()) {
            if (c.wireName.equals(n) || c.cgpName.toLowerCase(Locale.ROOT).equals(n)) {
                return c;
            }
        }
        throw new MailStoreException(MailError.INVALID_ARGUMENT, "unknown mailbox class: " + name);
    }
}
