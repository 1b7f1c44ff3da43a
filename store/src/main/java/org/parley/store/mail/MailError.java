package org.parley.store.mail;

/**
 * The closed set of user-facing store errors. Protocols map each to a reply in one place (IMAP
 * response codes of RFC 5530 / RFC 9051 §7.1, SMTP enhanced status codes, XIMSS error text).
 */
public enum MailError {
    /** The mailbox (or message) does not exist, or the caller may not know that it does (RFC 4314 §6). IMAP NONEXISTENT, TRYCREATE for APPEND/COPY. */
    NONEXISTENT,
    /** The target name is taken. IMAP ALREADYEXISTS. */
    ALREADY_EXISTS,
    /** The caller lacks a right on an object it may see. IMAP NOPERM. */
    NO_PERMISSION,
    /** The owner's storage or message-count limit would be exceeded. IMAP OVERQUOTA, SMTP 552 5.2.2. */
    OVER_QUOTA,
    /** The message is larger than the append limit. IMAP TOOBIG (RFC 7889), SMTP 552 5.3.4. */
    TOO_BIG,
    /** A mailbox name is not acceptable (empty component, control characters, reserved prefix, too long). IMAP CANNOT. */
    INVALID_NAME,
    /** An argument is malformed (unknown right letter, bad flag, bad alias target). IMAP BAD. */
    INVALID_ARGUMENT,
    /** A per-mailbox limit was reached (distinct keywords). IMAP LIMIT. */
    LIMIT,
    /** Deleting a \Noselect mailbox that has children (RFC 9051 §6.3.5). IMAP HASCHILDREN. */
    HAS_CHILDREN,
    /** The operation can never succeed on this object (delete INBOX, rename into itself, select \Noselect). IMAP CANNOT. */
    CANNOT
}
