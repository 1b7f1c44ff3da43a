package org.parley.admin.command;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;

/**
 * Folder aliases (COMPAT-CGP §4.5): GETMAILBOXALIASES and SETMAILBOXALIASES, an account's own
 * names that stand for another account's mailbox, e.g. {@code Travel = "~public/Travel-Schedule"}.
 * The alias shows up in LISTMAILBOXES, IMAP LIST and the webmail with the rights the target's
 * owner granted. SETMAILBOXALIASES replaces the whole set in one transaction.
 */
final class MailboxAliasCommands {
    private MailboxAliasCommands() {}

    static void register(CommandTable t) {
        t.add("GETMAILBOXALIASES", Subject.MAILBOX, (ctx, args) -> {
            String account = args.string("the account name");
            args.end();
            return new Reply.Data(ctx.mailStore().session(ctx.accountToRead(account).id()).aliases());
        });
        t.add("SETMAILBOXALIASES", Subject.MAILBOX, (ctx, args) -> {
            String account = args.string("the account name");
            Map<String, Object> given = args.dictionary("the folder aliases");
            args.end();
            Map<String, String> aliases = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : given.entrySet()) {
                if (!(e.getValue() instanceof String target)) {
                    throw CliException.badParameters("the alias " + e.getKey() + " must point at a mailbox name ~account/mailbox");
                }
                aliases.put(e.getKey(), target);
            }
            ctx.mailStore().session(ctx.accountToChange(account, null).id()).setAliases(aliases);
            return Reply.OK;
        });
    }
}
