package org.parley.admin.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpNull;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.AccessRight;
import org.parley.directory.AccountRef;
import org.parley.directory.DirectoryError;
import org.parley.directory.DirectoryException;

/**
 * One account's settings, password, aliases and rights. Reads need administration of the
 * account's domain; changes need it too and, for aliases, CanCreateAliases; SETACCOUNTSETTINGS and
 * rights changes are Master only.
 */
final class AccountSettingsCommands {
    private AccountSettingsCommands() {}

    static void register(CommandTable t) {
        t.add("GETACCOUNTSETTINGS", Subject.ACCOUNT, (ctx, args) ->
                new Reply.Data(ctx.directory().getAccountSettings(readAccount(ctx, args).principal())));
        // plain values, as CommuniGate returns them; where each comes from stays inside Parley
        t.add("GETACCOUNTEFFECTIVESETTINGS", Subject.ACCOUNT, (ctx, args) ->
                new Reply.Data(ctx.directory().getAccountEffectiveSettings(readAccount(ctx, args).principal()).values()));
        t.add("GETACCOUNTONESETTING", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            String key = args.string("the setting name");
            args.end();
            AccountRef a = ctx.accountToRead(name);
            return new Reply.Data(ctx.directory().getAccountEffectiveSettings(a.principal()).get(key)
                    .orElse(CgpNull.NULL));
        });
        t.add("UPDATEACCOUNTSETTINGS", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            Map<String, Object> changes = args.dictionary("the settings to change");
            args.end();
            AccountRef a = ctx.accountToChange(name, null);
            ctx.directory().updateAccountSettings(a.principal(), changes);
            return Reply.OK;
        });
        t.add("SETACCOUNTSETTINGS", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            Map<String, Object> settings = args.dictionary("the settings");
            args.end();
            ctx.requireMaster();
            ctx.directory().setAccountSettings(ctx.accountToChange(name, null).principal(), settings);
            return Reply.OK;
        });
        t.add("SETACCOUNTPASSWORD", Subject.ACCOUNT, AccountSettingsCommands::setPassword);
        t.add("VERIFYACCOUNTPASSWORD", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            args.expect("PASSWORD");
            String password = args.string("the password");
            args.end();
            AccountRef a = ctx.accountToRead(name);
            if (!ctx.directory().verifyAccountPassword(a.principal(), password)) {
                throw new CliException(CliCodes.BAD_PASSWORD, "incorrect password");
            }
            return Reply.OK;
        });
        t.add("GETACCOUNTALIASES", Subject.ACCOUNT, (ctx, args) ->
                new Reply.Data(ctx.directory().getAccountAliases(readAccount(ctx, args).principal())));
        t.add("SETACCOUNTALIASES", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            List<String> aliases = args.stringArray("the aliases");
            args.end();
            AccountRef a = ctx.accountToChange(name, AccessRight.CAN_CREATE_ALIASES);
            ctx.directory().setAccountAliases(a.principal(), aliases);
            return Reply.OK;
        });
        t.add("GETACCOUNTRIGHTS", Subject.ACCOUNT, (ctx, args) -> {
            AccountRef a = readAccount(ctx, args);
            return new Reply.Data(ctx.directory().getAccountRights(a.principal()).stream()
                    .sorted().map(AccessRight::code).toList());
        });
        t.add("SETACCOUNTRIGHTS", Subject.ACCOUNT, (ctx, args) -> {
            String name = args.string("the account name");
            List<String> codes = args.stringArray("the rights");
            args.end();
            ctx.requireMaster();
            Set<AccessRight> rights = EnumSet.noneOf(AccessRight.class);
            for (String code : codes) {
                rights.add(AccessRight.fromCode(code));
            }
            AccountRef a = ctx.accountToChange(name, null);
            if (a.id() == ctx.actor().account().id() && !rights.contains(AccessRight.MASTER)) {
                throw new DirectoryException(DirectoryError.PERMISSION,
                        "you cannot take the Master right from yourself");
            }
            ctx.directory().setAccountRights(a.principal(), rights);
            return Reply.OK;
        });
    }

    /**
     * {@code SETACCOUNTPASSWORD name PASSWORD pw [method] [CHECK]}, or the older {@code name TO pw}.
     * The method (CommuniGate's password encryption tag) and CHECK (its policy check) are accepted
     * and ignored: the account's PasswordEncryption setting decides how the password is kept.
     */
    private static Reply setPassword(CommandContext ctx, Args args) throws CgpSyntaxException {
        String name = args.string("the account name");
        if (!args.keyword("PASSWORD") && !args.keyword("TO")) {
            throw CliException.badParameters("expected PASSWORD");
        }
        String password = args.string("the new password");
        if (!args.keyword("CHECK") && !args.atEnd()) {
            args.string("a password method");
            args.keyword("CHECK");
        }
        args.end();
        AccountRef a = ctx.accountToChange(name, null);
        ctx.directory().setAccountPassword(a.principal(), password);
        return Reply.OK;
    }

    /** {@code VERB name}: the account after the read check. */
    private static AccountRef readAccount(CommandContext ctx, Args args) throws CgpSyntaxException {
        String name = args.string("the account name");
        args.end();
        return ctx.accountToRead(name);
    }
}
