package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.ListReturnOption;
import org.parley.imap.codec.ListSelectOption;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.MailboxClass;
import org.parley.store.mail.MailboxInfo;
import org.parley.store.mail.Rights;
import org.parley.store.mail.SpecialUse;

/**
 * RFC 9051 §6.3.9 LIST with LIST-EXTENDED (RFC 5258), LIST-STATUS (RFC 5819), SPECIAL-USE
 * (RFC 6154) and CHILDREN (RFC 3348: \HasChildren / \HasNoChildren always). Other users'
 * mailboxes are listed for patterns in the {@code ~} namespace, with a \Noselect {@code ~owner}
 * parent per account that shares something.
 */
final class ListCommand {
    private static final char DELIMITER = '/';

    private ListCommand() {}

    static Reply run(ImapCommand.ListMailboxes c, ImapSession s) throws IOException {
        ImapWriter out = s.out();
        boolean rev2 = s.extensions().imap4rev2();
        if (c.patterns().size() == 1 && c.patterns().getFirst().isEmpty() && !c.extended()) {
            // RFC 9051 §6.3.9: an empty pattern asks for the delimiter and the root
            out.write(new UntaggedResponse.ListEntry(List.of("\\Noselect"), DELIMITER, ""));
            return Reply.ok("LIST completed");
        }
        List<MailboxPattern> patterns = new ArrayList<>();
        for (String p : c.patterns()) {
            patterns.add(MailboxPattern.of(c.reference(), p));
        }
        MailSession mail = s.mail();
        Map<String, MailboxInfo> all = candidates(mail, patterns);
        boolean subscribedOnly = c.selectOptions().contains(ListSelectOption.SUBSCRIBED);
        boolean specialOnly = c.selectOptions().contains(ListSelectOption.SPECIAL_USE);
        boolean recursive = c.selectOptions().contains(ListSelectOption.RECURSIVEMATCH);
        boolean showSubscribed = subscribedOnly || c.returnOptions().contains(ListReturnOption.SUBSCRIBED);
        boolean status = c.returnOptions().contains(ListReturnOption.STATUS);

        Map<String, MailboxInfo> selected = new LinkedHashMap<>();
        if (subscribedOnly) {
            for (MailboxInfo sub : mail.listSubscribed()) {
                MailboxInfo known = all.get(sub.name());
                selected.put(sub.name(), known != null ? subscribed(known) : sub);
            }
        } else {
            selected.putAll(all);
        }
        // RFC 5258 §3.5: parents of matching subscribed names, with CHILDINFO, under RECURSIVEMATCH
        Map<String, List<String>> childInfo = new LinkedHashMap<>();
        if (subscribedOnly && recursive) {
            for (String name : selected.keySet()) {
                for (String parent : ancestors(name)) {
                    if (matchesAny(patterns, parent)) {
                        childInfo.put(parent, List.of("SUBSCRIBED"));
                    }
                }
            }
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MailboxInfo m : selected.values()) {
            if (matchesAny(patterns, m.name()) && (!specialOnly || !m.specialUse().isEmpty()) && seen.add(m.name())) {
                names.add(m.name());
            }
        }
        for (String parent : childInfo.keySet()) {
            if (seen.add(parent)) {
                names.add(parent);
            }
        }
        names.sort(INBOX_FIRST);
        for (String name : names) {
            MailboxInfo m = selected.get(name);
            boolean onlyParent = m == null;
            if (m == null) {
                m = all.get(name);
            }
            List<String> attrs = attributes(m, all, name, showSubscribed && !onlyParent, rev2);
            out.write(new UntaggedResponse.ListEntry(false, attrs, DELIMITER, name,
                    c.extended() ? childInfo.getOrDefault(name, List.of()) : List.of(), null));
            if (status && m != null && !m.noselect() && !m.nonexistent() && !onlyParent) {
                StatusCommand.writeStatus(s, name, c.statusItems(), true);
            }
        }
        return Reply.ok("LIST completed");
    }

    /** INBOX first (RFC 9051 does not require it, clients like it), then by name. */
    static final Comparator<String> INBOX_FIRST = (a, b) -> {
        boolean ai = a.equals("INBOX");
        boolean bi = b.equals("INBOX");
        if (ai != bi) {
            return ai ? -1 : 1;
        }
        return a.compareTo(b);
    };

    static boolean matchesAny(List<MailboxPattern> patterns, String name) {
        for (MailboxPattern p : patterns) {
            if (p.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every mailbox the patterns may name: the account's own (and folder aliases), plus shared
     * ones when a pattern is in the {@code ~} namespace.
     */
    static Map<String, MailboxInfo> candidates(MailSession mail, List<MailboxPattern> patterns) {
        Map<String, MailboxInfo> all = new LinkedHashMap<>();
        boolean own = false;
        boolean others = false;
        for (MailboxPattern p : patterns) {
            if (p.otherUsers()) {
                others = true;
            } else {
                own = true;
            }
        }
        if (own) {
            for (MailboxInfo m : mail.list()) {
                all.put(m.name(), m);
            }
        }
        if (others) {
            List<MailboxInfo> shared = new ArrayList<>(mail.listSharedWithMe());
            for (MailboxPattern p : patterns) {
                String prefix = p.literalPrefix();
                int slash = prefix.indexOf(DELIMITER);
                if (p.otherUsers() && slash > 1) {
                    try {
                        shared.addAll(mail.listShared(prefix.substring(1, slash)));
                    } catch (MailStoreException e) {
                        // an unknown account shares nothing
                    }
                }
            }
            for (MailboxInfo m : shared) {
                all.putIfAbsent(m.name(), m);
                // the ~owner level and any missing parents exist only as \Noselect containers
                for (String parent : ancestors(m.name())) {
                    all.putIfAbsent(parent, new MailboxInfo(parent, 0, m.ownerAccountId(), true, false, true, false,
                            Set.of(), MailboxClass.MAIL, null, Rights.NONE));
                }
            }
        }
        return all;
    }

    /** {@code a/b/c} → {@code a}, {@code a/b}. */
    static List<String> ancestors(String name) {
        List<String> out = new ArrayList<>();
        int i = name.indexOf(DELIMITER);
        while (i > 0) {
            out.add(name.substring(0, i));
            i = name.indexOf(DELIMITER, i + 1);
        }
        return out;
    }

    private static MailboxInfo subscribed(MailboxInfo m) {
        return new MailboxInfo(m.name(), m.mailboxId(), m.ownerAccountId(), m.noselect(), m.nonexistent(), m.hasChildren(),
                true, m.specialUse(), m.mailboxClass(), m.aliasTarget(), m.rights());
    }

    static List<String> attributes(MailboxInfo m, Map<String, MailboxInfo> all, String name, boolean showSubscribed,
            boolean rev2) {
        List<String> attrs = new ArrayList<>();
        if (m == null || m.nonexistent()) {
            // RFC 5258 §3.4: \NonExistent implies \Noselect; IMAP4rev1 clients may not know it
            attrs.add("\\NonExistent");
            if (!rev2) {
                attrs.add("\\Noselect");
            }
        } else if (m.noselect()) {
            attrs.add("\\Noselect");
        }
        boolean children = (m != null && m.hasChildren()) || hasChild(all, name);
        attrs.add(children ? "\\HasChildren" : "\\HasNoChildren");
        if (showSubscribed && m != null && m.subscribed()) {
            attrs.add("\\Subscribed");
        }
        if (m != null) {
            for (SpecialUse u : m.specialUse()) {
                attrs.add(u.attribute());
            }
        }
        return attrs;
    }

    private static boolean hasChild(Map<String, MailboxInfo> all, String name) {
        String prefix = name + DELIMITER;
        for (String n : all.keySet()) {
            if (n.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
