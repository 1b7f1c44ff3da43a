package org.parley.admin.command;

/**
 * What a command works on. It decides who may call it at all (session commands: any logged-in
 * account; the rest: administrators) and how "not found" is reported (512 for domains, 513 for
 * the objects inside them).
 */
public enum Subject {
    /** NOOP, GETVERSION, ECHO…: any logged-in account. */
    SESSION,
    /** Server-wide settings and defaults. */
    SERVER,
    DOMAIN,
    ACCOUNT,
    FORWARDER,
    GROUP,
    /** An account's mailboxes, their ACLs, subscriptions and folder aliases. */
    MAILBOX;

    /** Whether only administrators (Master, or Domain in their domain) may call it. */
    public boolean needsAdmin() {
        return this != SESSION;
    }
}
