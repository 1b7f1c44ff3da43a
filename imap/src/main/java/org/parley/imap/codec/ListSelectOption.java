package org.parley.imap.codec;

/** LIST selection options (RFC 5258 §3.1, RFC 6154 §3 SPECIAL-USE). */
public enum ListSelectOption {
    /** List subscribed names, existing or not; implies the SUBSCRIBED return option. */
    SUBSCRIBED,
    /** Also list remote mailboxes (with \Remote). */
    REMOTE,
    /** With SUBSCRIBED: also list parents of matching subscribed names, with CHILDINFO. */
    RECURSIVEMATCH,
    /** Only mailboxes with a special-use attribute (RFC 6154). */
    SPECIAL_USE
}
