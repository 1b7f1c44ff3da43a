package org.parley.store.mail;

/** How STORE combines the given flags with a message's flags (RFC 9051 §6.4.6). */
public enum StoreMode {
    ADD,
    REMOVE,
    REPLACE
}
