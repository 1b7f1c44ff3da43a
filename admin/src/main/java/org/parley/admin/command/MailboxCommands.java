package org.parley.admin.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.admin.session.CommandContext;
import org.parley.core.format.CgpSyntaxException;
import org.parley.store.mail.MailError;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.MailboxClass;
import org.parley.store.mail.MailboxInfo;
import org.parley.store.mail.MailboxStatus;
import org.parley.store.mail.Rights;

/**
 * An account's mailboxes (COMPAT-CGP §2.5 "Mailboxes"): LISTMAILBOXES, CREATEMAILBOX,
 * RENAMEMAILBOX, DELETEMAILBOX, GETMAILBOXINFO, SETMAILBOXCLASS. Reads need administration of the
 * account's domain, changes also that the account is not a Master; {@code AUTH who} runs the
 * command with {@code who}'s ACL rights ({@link MailboxAccess}).
 *
 * <p>The mailbox information dictionary (GETMAILBOXINFO, and each selectable entry of
 * LISTMAILBOXES) holds numbers {@code Messages}, {@code Size} (octets), {@code Unseen},
 * {@code Recent}, {@code Deleted} (messages flagged \Deleted), {@code UIDNext},
 * {@code UIDValidity}, {@code HighestModSeq} (RFC 9051 §6.3.11, RFC 7162), and {@code Class} (the
 * CommuniGate class name, e.g. {@code IPF.Appointment}) for anything but plain mail. LISTMAILBOXES
 * gives {@code ()} instead for a pure folder (\Noselect) and for a mailbox the AUTH account may see
 * but not read.
 */
final class MailboxCommands {
    private MailboxCommands() {}

    static void register(CommandTable t) {
        t.add("LISTMAILBOXES", Subject.MAILBOX, MailboxCommands::list);
        t.add("CREATEMAILBOX", Subject.MAILBOX, (ctx, args) -> {
            String account = args.string("the account name");
            String mailbox = mailboxArgument(args);
            Map<String, String> options = options(args, "AUTH", "CLASS");
            args.end();
            MailboxClass cls = MailboxClass.parse(options.get("CLASS"));
            MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToChange(account, null), options.get("AUTH"));
            access.session().create(access.name(mailbox), Set.of(), cls);
            return Reply.OK;
        });
        t.add("RENAMEMAILBOX", Subject.MAILBOX, MailboxCommands::rename);
        t.add("DELETEMAILBOX", Subject.MAILBOX, MailboxCommands::delete);
        t.add("GETMAILBOXINFO", Subject.MAILBOX, (ctx, args) -> {
            String account = args.string("the account name");
            String mailbox = mailboxArgument(args);
            Map<String, String> options = options(args, "AUTH");
            args.end();
            MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToRead(account), options.get("AUTH"));
            String name = access.name(mailbox);
            MailboxStatus status = access.session().status(name);
            return new Reply.Data(info(status, access.session().mailboxClass(name)));
        });
        t.add("SETMAILBOXCLASS", Subject.MAILBOX, (ctx, args) -> {
            String account = args.string("the account name");
            String mailbox = mailboxArgument(args);
            Map<String, String> options = options(args, "AUTH", "CLASS");
            args.end();
            if (!options.containsKey("CLASS")) {
                throw CliException.badParameters("expected CLASS");
            }
            MailboxClass cls = MailboxClass.parse(options.get("CLASS"));
            MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToChange(account, null), options.get("AUTH"));
            access.session().setMailboxClass(access.name(mailbox), cls);
            return Reply.OK;
        });
    }

    /** {@code LISTMAILBOXES account [FILTER pattern] [AUTH who]}: name → info dictionary or {@code ()}. */
    private static Reply list(CommandContext ctx, Args args) throws CgpSyntaxException {
        String account = args.string("the account name");
        Map<String, String> options = options(args, "FILTER", "AUTH");
        args.end();
        MailboxFilter filter = options.containsKey("FILTER") ? MailboxFilter.of(options.get("FILTER")) : MailboxFilter.ALL;
        MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToRead(account), options.get("AUTH"));
        Map<String, Object> out = new TreeMap<>();
        for (MailboxInfo m : listing(access)) {
            String name = access.local(m.name());
            if (filter.matches(name)) {
                Object info = describe(access.session(), m);
                if (info != null) {
                    out.put(name, info);
                }
            }
        }
        return new Reply.Data(out);
    }

    /**
     * The owner's mailboxes as the acting account sees them: all of them plus folder aliases for
     * the owner; those it may look up ({@code l}) for an AUTH account.
     */
    private static List<MailboxInfo> listing(MailboxAccess access) {
        return access.asOwner() ? access.session().list() : access.session().listShared(access.owner().principal());
    }

    /** The info dictionary, {@code ()} for a folder or without {@code r}, null if the mailbox went away meanwhile. */
    private static Object describe(MailSession session, MailboxInfo m) {
        if (m.noselect() || !m.rights().has(Rights.READ)) {
            return List.of();
        }
        try {
            return info(session.status(m.name()), m.mailboxClass());
        } catch (MailStoreException changed) {
            // deleted or turned into a folder between the listing and now
            return changed.error() == MailError.NONEXISTENT ? null : List.of();
        }
    }

    private static Map<String, Object> info(MailboxStatus s, MailboxClass cls) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Messages", s.messages());
        d.put("Size", s.size());
        d.put("Unseen", s.unseen());
        d.put("Recent", s.recent());
        d.put("Deleted", s.deleted());
        d.put("UIDNext", s.uidNext());
        d.put("UIDValidity", s.uidValidity());
        d.put("HighestModSeq", s.highestModseq());
        if (cls != MailboxClass.MAIL) {
            d.put("Class", cls.cgpName());
        }
        return d;
    }

    /**
     * {@code RENAMEMAILBOX account MAILBOX[ES] old INTO new [AUTH who]}. With MAILBOXES the
     * sub-mailboxes move along (the store's rename, RFC 9051 §6.3.6); with MAILBOX a mailbox that
     * has sub-mailboxes is refused (521) rather than leaving them behind under a name that no
     * longer exists. INBOX is special: its messages move to the new mailbox, its sub-mailboxes stay
     * (RFC 9051 §6.3.6), so only MAILBOX is accepted for it.
     */
    private static Reply rename(CommandContext ctx, Args args) throws CgpSyntaxException {
        String account = args.string("the account name");
        boolean recursive = recursive(args);
        String from = args.string("the mailbox name");
        args.expect("INTO");
        String to = args.string("the new mailbox name");
        Map<String, String> options = options(args, "AUTH");
        args.end();
        MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToChange(account, null), options.get("AUTH"));
        String source = access.name(from);
        String target = access.name(to);
        String root = MailboxPaths.canonical(from);
        if (root.equals(MailboxPaths.INBOX)) {
            if (recursive) {
                throw new CliException(CliCodes.NOT_ALLOWED,
                        "renaming INBOX moves its messages and leaves its sub-mailboxes: use MAILBOX");
            }
        } else if (!recursive && hasChildren(access.ownerSession(ctx), root)) {
            throw new MailStoreException(MailError.HAS_CHILDREN, root + " has sub-mailboxes: use MAILBOXES to rename them too");
        }
        access.session().rename(source, target);
        return Reply.OK;
    }

    /**
     * {@code DELETEMAILBOX account MAILBOX[ES] name [AUTH who]}. MAILBOX deletes one mailbox; if it
     * has sub-mailboxes it loses its messages and stays as their folder (RFC 9051 §6.3.5).
     * MAILBOXES deletes the mailbox and everything below it, deepest first; every one must be
     * deletable by the acting account ({@code x}) or nothing is deleted. Each deletion is durable on
     * its own: a failure of the storage half-way leaves the deeper mailboxes deleted.
     */
    private static Reply delete(CommandContext ctx, Args args) throws CgpSyntaxException {
        String account = args.string("the account name");
        boolean recursive = recursive(args);
        String mailbox = args.string("the mailbox name");
        Map<String, String> options = options(args, "AUTH");
        args.end();
        MailboxAccess access = MailboxAccess.of(ctx, ctx.accountToChange(account, null), options.get("AUTH"));
        String name = access.name(mailbox);
        String root = MailboxPaths.canonical(mailbox);
        if (!recursive) {
            access.session().delete(name);
            return Reply.OK;
        }
        if (root.equals(MailboxPaths.INBOX)) {
            throw new MailStoreException(MailError.CANNOT, "INBOX cannot be deleted");
        }
        List<String> doomed = new ArrayList<>();
        for (MailboxInfo m : listing(access)) {
            String local = access.local(m.name());
            if (m.aliasTarget() == null && MailboxPaths.isSelfOrBelow(local, root)) {
                if (!m.rights().has(Rights.DELETE_MAILBOX)) {
                    throw new MailStoreException(MailError.NO_PERMISSION, "permission denied: cannot delete " + local);
                }
                doomed.add(m.name());
            }
        }
        if (doomed.isEmpty()) {
            access.session().delete(name); // reports why: no such mailbox, or a folder alias
            return Reply.OK;
        }
        // an ancestor's name is a prefix of its descendants', so reverse order puts children first
        doomed.sort(Comparator.reverseOrder());
        for (String n : doomed) {
            access.session().delete(n);
        }
        return Reply.OK;
    }

    private static boolean hasChildren(MailSession owner, String root) {
        for (MailboxInfo m : owner.list()) {
            if (m.aliasTarget() == null && !m.name().equals(root) && MailboxPaths.isSelfOrBelow(m.name(), root)) {
                return true;
            }
        }
        return false;
    }

    /** {@code MAILBOX name} (one) or {@code MAILBOXES name} (recursive), returning which. */
    private static boolean recursive(Args args) {
        if (args.keyword("MAILBOXES")) {
            return true;
        }
        args.expect("MAILBOX");
        return false;
    }

    /** {@code MAILBOX name}. */
    static String mailboxArgument(Args args) throws CgpSyntaxException {
        args.expect("MAILBOX");
        return args.string("the mailbox name");
    }

    /**
     * Optional {@code KEYWORD value} pairs in any order, each at most once; stops at the first word
     * that is none of {@code allowed} (the caller then expects its own argument or the end).
     *
     * @return upper-case keyword → value
     */
    static Map<String, String> options(Args args, String... allowed) throws CgpSyntaxException {
        Map<String, String> out = new HashMap<>();
        boolean found = true;
        while (found) {
            found = false;
            for (String keyword : allowed) {
                if (args.keyword(keyword)) {
                    if (out.put(keyword, args.string("a value after " + keyword)) != null) {
                        throw CliException.badParameters(keyword + " given twice");
                    }
                    found = true;
                }
            }
        }
        return out;
    }
}
