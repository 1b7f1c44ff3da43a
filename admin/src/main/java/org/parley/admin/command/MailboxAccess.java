package org.parley.admin.command;

import org.parley.admin.codec.CliException;
import org.parley.admin.session.CommandContext;
import org.parley.directory.AccountRef;
import org.parley.store.mail.MailSession;

/**
 * Whose rights a mailbox command acts with, and how it names the target account's mailboxes for
 * that store session (COMPAT-CGP §2.5 {@code AUTH}).
 *
 * <p>Without {@code AUTH} (or with {@code AUTH} naming the owner) the command runs in the owner's
 * own session, where names are the owner's ({@code INBOX/x}, folder aliases included) and every
 * right is held. With {@code AUTH who} it runs in {@code who}'s session and the owner's mailbox
 * {@code x} is the foreign name {@code ~owner@domain/x} (COMPAT-CGP §4.5), so the store applies
 * {@code who}'s ACL rights exactly as it does for {@code who}'s IMAP connection. The owner's
 * folder aliases are the owner's own names and are not reachable that way.
 *
 * <p>One per command; not thread-safe (it need not be).
 *
 * @param owner    the account whose mailboxes are named
 * @param actingAs the account whose rights apply (the owner without {@code AUTH})
 * @param session  the store session of {@code actingAs}
 * @param prefix   what turns an owner's name into a name in {@code session}'s namespace: empty, or
 *                 {@code ~owner@domain/}
 */
record MailboxAccess(AccountRef owner, AccountRef actingAs, MailSession session, String prefix) {
    /**
     * Looks up {@code who} (null: none) under the permission rules and opens the session.
     *
     * @param owner the account, already checked for reading or changing
     */
    static MailboxAccess of(CommandContext ctx, AccountRef owner, String who) {
        AccountRef acting = who == null ? owner : ctx.accountToRead(who);
        if (acting.id() == owner.id()) {
            return new MailboxAccess(owner, owner, ctx.mailStore().session(owner.id()), "");
        }
        return new MailboxAccess(owner, acting, ctx.mailStore().session(acting.id()), "~" + owner.principal() + "/");
    }

    /** Whether the owner's own rights apply (no {@code AUTH}, or {@code AUTH} naming the owner). */
    boolean asOwner() {
        return prefix.isEmpty();
    }

    /**
     * The owner's store session, for checks that must see all of the owner's mailboxes whoever
     * acts: the acting one when that is the owner's, as opening a session looks the account up.
     */
    MailSession ownerSession(CommandContext ctx) {
        return asOwner() ? session : ctx.mailStore().session(owner.id());
    }

    /**
     * The owner's mailbox {@code mailbox} as the session names it. The account is named by the
     * command itself, so {@code ~other/x} names are refused rather than reaching a third account.
     */
    String name(String mailbox) {
        if (mailbox.startsWith("~")) {
            throw CliException.badParameters("name the mailbox within the account, without ~account/");
        }
        return prefix + mailbox;
    }

    /** A name from {@code session}'s listing back in the owner's terms. */
    String local(String sessionName) {
        return sessionName.startsWith(prefix) ? sessionName.substring(prefix.length()) : sessionName;
    }
}
