package org.parley.admin.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpDate;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.AccountRef;
import org.parley.directory.LoginRecord;
import org.parley.store.mail.QuotaInfo;

/**
 * GETACCOUNTINFO (COMPAT-CGP §2.5): an account's volatile facts, the ones CommuniGate keeps in its
 * {@code .info} file. Reading needs administration of the account's domain.
 *
 * <p>Keys: {@code StorageUsed} (octets of stored messages, the quota figure), {@code Messages}
 * (stored messages), {@code LastLogin} ({@code #T} date in GMT) and {@code LastAddress}
 * ({@code #I[ip]}) of the last successful login, the last two absent until the first login.
 * Requested keys match case-insensitively, with or without the {@code #} that CommuniGate's info
 * file puts in front of them.
 */
final class AccountInfoCommands {
    private AccountInfoCommands() {}

    static void register(CommandTable t) {
        t.add("GETACCOUNTINFO", Subject.ACCOUNT, AccountInfoCommands::info);
    }

    /**
     * {@code GETACCOUNTINFO name} → the whole dictionary; {@code … Key k} → that value alone
     * ({@code #NULL#} if there is none); {@code … [Key] (k1, k2)} → a dictionary of those present.
     */
    private static Reply info(CommandContext ctx, Args args) throws CgpSyntaxException {
        String name = args.string("the account name");
        String single = null;
        List<String> keys = null;
        if (args.keyword("KEY")) {
            single = args.optionalString();
            if (single == null) {
                keys = args.stringArray("the info keys");
            }
        } else if (!args.atEnd()) {
            keys = args.stringArray("the info keys");
        }
        args.end();
        AccountRef a = ctx.accountToRead(name);
        Map<String, Object> all = collect(ctx, a);
        if (single != null) {
            Object v = lookup(all, single);
            return new Reply.Data(v == null ? CgpNull.NULL : v);
        }
        if (keys == null) {
            return new Reply.Data(all);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : keys) {
            Object v = lookup(all, k);
            if (v != null) {
                out.put(canonicalKey(all, k), v);
            }
        }
        return new Reply.Data(out);
    }

    private static Map<String, Object> collect(CommandContext ctx, AccountRef a) {
        Map<String, Object> out = new LinkedHashMap<>();
        QuotaInfo usage = ctx.mailStore().quota(a.id());
        out.put("StorageUsed", usage.storageUsed());
        out.put("Messages", usage.messagesUsed());
        LoginRecord last = ctx.directory().lastLogin(a.principal()).orElse(null);
        if (last != null) {
            // CGP timestamps are GMT without a zone
            out.put("LastLogin", CgpDate.of(last.at()));
            if (last.address() != null && CgpIp.isValidAddress(last.address())) {
                out.put("LastAddress", new CgpIp(last.address(), -1));
            }
        }
        return out;
    }

    private static Object lookup(Map<String, Object> all, String key) {
        String k = canonicalKey(all, key);
        return k == null ? null : all.get(k);
    }

    /** The key of {@code all} that {@code key} names, or null. */
    private static String canonicalKey(Map<String, Object> all, String key) {
        String wanted = (key.startsWith("#") ? key.substring(1) : key).toLowerCase(Locale.ROOT);
        for (String k : all.keySet()) {
            if (k.toLowerCase(Locale.ROOT).equals(wanted)) {
                return k;
            }
        }
        return null;
    }
}
