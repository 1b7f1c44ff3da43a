package org.parley.imap.codec;

/**
 * A STATUS data item (RFC 9051 §6.3.11), also used by LIST RETURN (STATUS (...)) (RFC 5819).
 */
public enum StatusItem {
    MESSAGES("MESSAGES"),
    /** IMAP4rev1 only. */
    RECENT("RECENT"),
    UIDNEXT("UIDNEXT"),
    UIDVALIDITY("UIDVALIDITY"),
    UNSEEN("UNSEEN"),
    /** RFC 9051: messages with \Deleted. */
    DELETED("DELETED"),
    /** RFC 8438 / RFC 9051: total RFC822.SIZE of the mailbox. */
    SIZE("SIZE"),
    /** RFC 7162 §3.1.2.1. */
    HIGHESTMODSEQ("HIGHESTMODSEQ"),
    /** RFC 7889 §3: per-mailbox APPEND limit. */
    APPENDLIMIT("APPENDLIMIT"),
    /** RFC 9208 §4.1.4: storage used by messages with \Deleted. */
    DELETED_STORAGE("DELETED-STORAGE");

    private final String imapName;

    StatusItem(String imapName) {
        this.imapName = imapName;
    }

    /** The name as written on the wire. */
    public String imapName() {
        return imapName;
    }

    /** The item named {@code name} (any case), or null. */
    public static StatusItem fromImap(String name) {
        for (StatusItem item : values()) {
            if (item.imapName.equalsIgnoreCase(name)) {
                return item;
            }
        }
        return null;
    }
}
