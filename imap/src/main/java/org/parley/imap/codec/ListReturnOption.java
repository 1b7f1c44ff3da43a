package org.parley.imap.codec;

/** LIST return options (RFC 5258 §3.2, RFC 5819 STATUS, RFC 6154 SPECIAL-USE). */
public enum ListReturnOption {
    /** \HasChildren / \HasNoChildren. */
    CHILDREN,
    /** \Subscribed. */
    SUBSCRIBED,
    /** Special-use attributes such as \Drafts. */
    SPECIAL_USE,
    /** An untagged STATUS per listed selectable mailbox (RFC 5819); the items are in the command. */
    STATUS
}
