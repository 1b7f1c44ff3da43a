package org.parley.admin.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;
import org.parley.directory.AccountRef;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.Rights;
import org.parley.store.mail.StoreMode;

/**
 * Mailbox access control (COMPAT-CGP §2.5, §4.4): GETMAILBOXACL, SETMAILBOXACL, GETMAILBOXRIGHTS.
 * Rights travel as CommuniGate letters {@code l r s w i p c d a}; the store keeps RFC 4314 rights
 * and maps {@code c} to {@code k} and {@code d} to {@code x t e} ({@link Rights#fromCgp}).
 *
 * <p>Identifiers are {@code anyone}, {@code #group}, {@code name@domain}, or a bare {@code name},
 * which means that account in the mailbox owner's domain (an ACL is read relative to its owner);
 * a leading {@code -} makes an entry negative (RFC 4314 §2). GETMAILBOXACL leaves out the owner,
 * who holds every right implicitly and whose rights cannot be set, so its answer can be fed back
 * to SETMAILBOXACL unchanged.
 */
final class MailboxAclCommands {
    /** The store's bound on identifiers. */
    private static final int MAX_IDENTIFIER = 255;

    private MailboxAclCommands() {}

    private record Change(String identifier, StoreMode mode, Rights rights) {}

    static void register(CommandTable t) {
        t.add("GETMAILBOXACL", Subject.MAILBOX, (ctx, args) -> {
            String account = args.string("the account name");
            String mailbox = MailboxCommands.mailboxArgument(args);
            Map<String, String> options = MailboxCommands.options(args, "AUTH");
            args.end();
            MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToRead(account), options.get("AUTH"));
            String owner = access.owner().principal().toLowerCase(Locale.ROOT);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Rights> e : access.session().getAcl(access.name(mailbox)).entrySet()) {
                if (!e.getKey().equals(owner)) {
                    out.put(e.getKey(), e.getValue().toCgp());
                }
            }
            return new Reply.Data(out);
        });
        t.add("SETMAILBOXACL", Subject.MAILBOX, MailboxAclCommands::setAcl);
        t.add("GETMAILBOXRIGHTS", Subject.MAILBOX, MailboxAclCommands::rights);
    }

    /**
     * {@code SETMAILBOXACL account MAILBOX name [AUTH who] {id="lrs"; id2="+w"; id3="-d";}}: a
     * leading {@code +} adds, {@code -} removes, anything else replaces; an entry left without
     * rights is deleted. Every entry is checked before the first is applied, so a bad letter or
     * identifier changes nothing; the entries are then applied one by one, each durable.
     */
    private static Reply setAcl(CommandContext ctx, Args args) throws CgpSyntaxException {
        String account = args.string("the account name");
        String mailbox = MailboxCommands.mailboxArgument(args);
        Map<String, String> options = MailboxCommands.options(args, "AUTH");
        Map<String, Object> acl = args.dictionary("the ACL changes");
        args.end();
        AccountRef owner = ctx.accountToChange(account, null);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Object> e : acl.entrySet()) {
            if (!(e.getValue() instanceof String letters)) {
                throw CliException.badParameters("the rights of " + e.getKey() + " must be a string of letters");
            }
            StoreMode mode = letters.startsWith("+") ? StoreMode.ADD : letters.startsWith("-") ? StoreMode.REMOVE : StoreMode.REPLACE;
            Rights rights = Rights.fromCgp(mode == StoreMode.REPLACE ? letters : letters.substring(1));
            changes.add(new Change(identifier(e.getKey(), owner), mode, rights));
        }
        MailboxAccess access = MailboxAccess.of(ctx, owner, options.get("AUTH"));
        String name = access.name(mailbox);
        for (Change c : changes) {
            access.session().setAcl(name, c.identifier(), c.mode(), c.rights());
        }
        return Reply.OK;
    }

    /**
     * The identifier as the store keeps it: bare account names qualified with the owner's domain.
     * Checks the store would make are made here too, so that no entry is applied before a bad one
     * is found.
     */
    private static String identifier(String id, AccountRef owner) {
        if (id.isEmpty() || id.length() > MAX_IDENTIFIER || id.equals("-") || id.equals("#") || id.equals("-#")) {
            throw new MailStoreException(MailError.INVALID_ARGUMENT, "bad ACL identifier");
        }
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch < 0x21 || ch == 0x7f) {
                throw new MailStoreException(MailError.INVALID_ARGUMENT, "bad character in ACL identifier");
            }
        }
        boolean negative = id.startsWith("-");
        String bare = negative ? id.substring(1) : id;
        if (!bare.equalsIgnoreCase("anyone") && !bare.startsWith("#") && bare.indexOf('@') < 0) {
            bare = bare + "@" + owner.domain();
        }
        if (bare.equalsIgnoreCase(owner.principal())) {
            throw new CliException(CliCodes.NOT_ALLOWED, "the owner always has all rights");
        }
        return negative ? "-" + bare : bare;
    }

    /**
     * {@code GETMAILBOXRIGHTS account MAILBOX name [AUTH who]}: the rights {@code who} holds on the
     * mailbox, in CommuniGate letters; an empty string if none. Without AUTH, the owner's (all).
     * An unknown mailbox is 513 whoever asks.
     */
    private static Reply rights(CommandContext ctx, Args args) throws CgpSyntaxException {
        String account = args.string("the account name");
        String mailbox = MailboxCommands.mailboxArgument(args);
        Map<String, String> options = MailboxCommands.options(args, "AUTH");
        args.end();
        MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToRead(account), options.get("AUTH"));
        String name = access.name(mailbox);
        access.ownerSession(ctx).mailboxClass(mailbox); // exists? (the owner sees everything)
        if (access.asOwner()) {
            return new Reply.Data(Rights.ALL.toCgp());
        }
        try {
            return new Reply.Data(access.session().myRights(name).toCgp());
        } catch (MailStoreException e) {
            if (e.error() == MailError.NONEXISTENT) {
                return new Reply.Data(""); // it exists (checked above): who simply has no rights
            }
            throw e;
        }
    }
}
