package org.parley.store.mail;

import java.util.Set;

/**
 * One row of a mailbox listing as the caller sees it (RFC 9051 §7.3.1 attributes, RFC 6154
 * special use, RFC 5258 subscribed / nonexistent).
 *
 * @param name          the name in the caller's namespace ({@code INBOX/x}, {@code ~bob/Shared}, an alias name)
 * @param mailboxId     the mailbox id, 0 when {@code nonexistent}
 * @param ownerAccountId the owning account (the target's owner for an alias)
 * @param noselect      exists only as a parent (RFC 9051 \Noselect)
 * @param nonexistent   not a mailbox at all: listed only because it is subscribed (RFC 5258 \NonExistent)
 * @param hasChildren   has visible children (\HasChildren / \HasNoChildren)
 * @param subscribed    in the caller's subscription list (\Subscribed)
 * @param specialUse    RFC 6154 attributes
 * @param mailboxClass  what it holds
 * @param aliasTarget   for a folder alias, the foreign name it points at ({@code ~public/Travel}); else null
 * @param rights        the caller's rights on it
 */
public record MailboxInfo(
        String name,
        long mailboxId,
        long ownerAccountId,
        boolean noselect,
        boolean nonexistent,
        boolean hasChildren,
        boolean subscribed,
        Set<SpecialUse> specialUse,
        MailboxClass mailboxClass,
        String aliasTarget,
        Rights rights) {
    public MailboxInfo {
        specialUse = Set.copyOf(specialUse);
    }

    /** True for mailboxes of another account (through {@code ~} or an alias). */
    public boolean foreign() {
        return name.startsWith("~") || aliasTarget != null;
    }
}
