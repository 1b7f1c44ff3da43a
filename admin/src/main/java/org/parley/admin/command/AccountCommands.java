package org.parley.admin.command;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;
import org.parley.directory.DomainRef;

/**
 * Account life cycle: LISTACCOUNTS, CREATEACCOUNT, RENAMEACCOUNT, DELETEACCOUNT. Creating,
 * renaming and deleting need CanCreateAccounts in every domain involved.
 */
final class AccountCommands {
    /**
     * What LISTACCOUNTS reports as each account's storage: CommuniGate's extension for the default
     * multi-mailbox type (COMPAT-CGP §4.2). Parley has one storage kind, so it is the same for all.
     */
    static final String STORAGE_EXTENSION = "macnt";

    /** CommuniGate's storage type keywords, accepted by CREATEACCOUNT and ignored (one storage kind here). */
    private static final Set<String> STORAGE_TYPES = Set.of(
            "MULTIMAILBOX", "TEXTMAILBOX", "MAILDIRMAILBOX", "SLICEDMAILBOX", "AGRADE", "BGRADE", "CGRADE");

    private AccountCommands() {}

    static void register(CommandTable t) {
        t.add("LISTACCOUNTS", Subject.ACCOUNT, (ctx, args) -> {
            String domain = args.optionalString();
            args.end();
            DomainRef d = ctx.administeredDomain(domain, null);
            Map<String, Object> out = new LinkedHashMap<>();
            for (String name : ctx.directory().listAccounts(d.name())) {
                out.put(name, STORAGE_EXTENSION);
            }
            return new Reply.Data(out);
        });
        t.add("CREATEACCOUNT", Subject.ACCOUNT, AccountCommands::create);
        t.add("RENAMEACCOUNT", Subject.ACCOUNT, AccountCommands::rename);
        t.add("DELETEACCOUNT", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            args.end();
            ctx.accountToChange(name, AccessRight.CAN_CREATE_ACCOUNTS);
            // the name as written: deleting "through" an alias is refused by the directory
            ctx.directory().deleteAccount(ctx.qualify(name));
            return Reply.OK;
        });
    }

    /**
     * {@code CREATEACCOUNT name[@domain] [type] [PATH storage] [LEGACY] [external] [{settings}]}
     * (COMPAT-CGP §2.5). Type, PATH, LEGACY and external describe CommuniGate's file storage; they
     * are accepted so existing scripts work, and ignored.
     */
    private static Reply create(CommandContext ctx, Args args) throws CgpSyntaxException {
        String name = args.string("the account name");
        Map<String, Object> settings = null;
        while (!args.atEnd() && settings == null) {
            if (args.keyword("PATH")) {
                args.string("a storage path after PATH");
            } else if (args.keyword("LEGACY") || args.keyword("external")) {
                continue;
            } else if ((settings = args.optionalDictionary("the account settings")) == null) {
                String word = args.string("a storage type or the settings");
                if (!STORAGE_TYPES.contains(word.toUpperCase(Locale.ROOT))) {
                    throw CliException.badParameters("unknown account storage type " + word);
                }
            }
        }
        args.end();
        String address = ctx.administeredName(name, AccessRight.CAN_CREATE_ACCOUNTS);
        ctx.directory().createAccount(address, settings == null ? Map.of() : settings);
        return Reply.OK;
    }

    /**
     * {@code RENAMEACCOUNT old INTO new [PATH storage]}. A bare new name keeps the account in its
     * domain; {@code new@domain} moves it, which needs CanCreateAccounts in both domains.
     */
    private static Reply rename(CommandContext ctx, Args args) throws CgpSyntaxException {
        String from = args.string("the account name");
        args.expect("INTO");
        String to = args.string("the new account name");
        DomainCommands.skipPath(args);
        args.end();
        AccountRef a = ctx.accountToChange(from, AccessRight.CAN_CREATE_ACCOUNTS);
        String target = to.indexOf('@') < 0 ? to + "@" + a.domain() : to;
        ctx.administeredName(target, AccessRight.CAN_CREATE_ACCOUNTS);
        ctx.directory().renameAccount(ctx.qualify(from), target);
        return Reply.OK;
    }
}
