package org.parley.admin.command;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStoreException;

/**
 * An account's mailbox subscription list (RFC 9051 §6.3.7; COMPAT-CGP §2.5):
 * GETMAILBOXSUBSCRIPTION and SETMAILBOXSUBSCRIPTION, also under their older names
 * GETACCOUNTSUBSCRIPTION and SETACCOUNTSUBSCRIPTION. Entries are own names or foreign
 * {@code ~account/mailbox} names and need not exist.
 */
final class SubscriptionCommands {
    private SubscriptionCommands() {}

    static void register(CommandTable t) {
        for (String verb : List.of("GETMAILBOXSUBSCRIPTION", "GETACCOUNTSUBSCRIPTION")) {
            t.add(verb, Subject.MAILBOX, (ctx, args) -> {
                String account = args.string("the account name");
                args.end();
                return new Reply.Data(ctx.mailStore().session(ctx.accountToRead(account).id()).subscriptions());
            });
        }
        for (String verb : List.of("SETMAILBOXSUBSCRIPTION", "SETACCOUNTSUBSCRIPTION")) {
            t.add(verb, Subject.MAILBOX, SubscriptionCommands::set);
        }
    }

    /**
     * {@code SETMAILBOXSUBSCRIPTION account (name, …)} replaces the list. Every name is checked
     * before the first change, so a bad one changes nothing; the additions and removals are then
     * made one by one, each durable.
     */
    private static Reply set(CommandContext ctx, Args args) throws CgpSyntaxException {
        String account = args.string("the account name");
        List<String> names = args.stringArray("the subscribed mailbox names");
        args.end();
        MailSession session = ctx.mailStore().session(ctx.accountToChange(account, null).id());
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            check(session, n);
            wanted.add(MailboxPaths.canonical(n));
        }
        Set<String> current = new HashSet<>(session.subscriptions());
        for (String n : wanted) {
            if (!current.contains(n)) {
                session.subscribe(n);
            }
        }
        for (String n : current) {
            if (!wanted.contains(n)) {
                try {
                    session.unsubscribe(n);
                } catch (MailStoreException e) {
                    if (e.error() != MailError.NONEXISTENT) { // already gone: that is what we wanted
                        throw e;
                    }
                }
            }
        }
        return Reply.OK;
    }

    /**
     * Refuses a name the store would refuse, without changing anything: a lookup fails with
     * INVALID_NAME for a malformed name and with NONEXISTENT or NO_PERMISSION for a well-formed
     * one, which may be subscribed all the same.
     */
    private static void check(MailSession session, String name) {
        try {
            session.mailboxClass(name);
        } catch (MailStoreException e) {
            if (e.error() != MailError.NONEXISTENT && e.error() != MailError.NO_PERMISSION) {
                throw e;
            }
        }
    }
}
