package org.parley.imap.codec;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Renders {@link UntaggedResponse}s (RFC 9051 §7 response grammar). */
final class UntaggedRenderer {
    private UntaggedRenderer() {}

    static void write(ImapWriter w, UntaggedResponse response) throws IOException {
        if (response instanceof UntaggedResponse.Condition c) {
            w.untagged(c.status(), c.code(), c.text());
            return;
        }
        w.raw("* ");
        switch (response) {
            case UntaggedResponse.Condition c -> throw new AssertionError("handled above");
            case UntaggedResponse.Capability c -> atoms(w, "CAPABILITY", c.capabilities());
            case UntaggedResponse.Enabled e -> atoms(w, "ENABLED", e.capabilities());
            case UntaggedResponse.Exists e -> w.number(e.count()).raw(" EXISTS");
            case UntaggedResponse.Recent r -> w.number(r.count()).raw(" RECENT");
            case UntaggedResponse.Expunge e -> w.number(e.sequenceNumber()).raw(" EXPUNGE");
            case UntaggedResponse.Vanished v -> {
                // RFC 7162 §3.2.10
                w.raw(v.earlier() ? "VANISHED (EARLIER) " : "VANISHED ").raw(explicitSet(v.uids()));
            }
            case UntaggedResponse.Flags f -> w.raw("FLAGS ").flagList(f.flags());
            case UntaggedResponse.ListEntry l -> listEntry(w, l);
            case UntaggedResponse.MailboxStatus s -> status(w, s);
            case UntaggedResponse.Search s -> numbers(w, "SEARCH", s.numbers(), s.highestModSeq());
            case UntaggedResponse.Sort s -> numbers(w, "SORT", s.numbers(), s.highestModSeq());
            case UntaggedResponse.ESearch e -> esearch(w, e);
            case UntaggedResponse.Threads t -> {
                w.raw("THREAD");
                if (!t.threads().isEmpty()) {
                    w.sp();
                }
                for (ThreadNode root : t.threads()) {
                    w.openParen();
                    threadMembers(w, root);
                    w.closeParen();
                }
            }
            case UntaggedResponse.Namespace n -> {
                w.raw("NAMESPACE ");
                namespaces(w, n.personal());
                w.sp();
                namespaces(w, n.otherUsers());
                w.sp();
                namespaces(w, n.shared());
            }
            case UntaggedResponse.Id id -> {
                w.raw("ID ");
                if (id.fields() == null) {
                    w.nil();
                } else {
                    w.openParen();
                    boolean first = true;
                    for (Map.Entry<String, String> e : id.fields().entrySet()) {
                        if (!first) {
                            w.sp();
                        }
                        first = false;
                        w.string(e.getKey()).sp().nstring(e.getValue());
                    }
                    w.closeParen();
                }
            }
            case UntaggedResponse.Acl a -> {
                w.raw("ACL ").mailbox(a.mailbox());
                for (Map.Entry<String, String> e : a.rights().entrySet()) {
                    w.sp().astring(e.getKey()).sp().astring(e.getValue());
                }
            }
            case UntaggedResponse.ListRights l -> {
                w.raw("LISTRIGHTS ").mailbox(l.mailbox()).sp().astring(l.identifier()).sp().astring(l.required());
                for (String group : l.optional()) {
                    w.sp().astring(group);
                }
            }
            case UntaggedResponse.MyRights m -> w.raw("MYRIGHTS ").mailbox(m.mailbox()).sp().astring(m.rights());
            case UntaggedResponse.Quota q -> {
                w.raw("QUOTA ").astring(q.root()).raw(" (");
                boolean first = true;
                for (UntaggedResponse.Quota.Resource r : q.resources()) {
                    if (!first) {
                        w.sp();
                    }
                    first = false;
                    w.atom(r.name()).sp().number(r.usage()).sp().number(r.limit());
                }
                w.closeParen();
            }
            case UntaggedResponse.QuotaRoot q -> {
                w.raw("QUOTAROOT ").mailbox(q.mailbox());
                for (String root : q.roots()) {
                    w.sp().astring(root);
                }
            }
        }
        w.crlf();
    }

    private static void atoms(ImapWriter w, String name, List<String> atoms) throws IOException {
        w.raw(name);
        for (String a : atoms) {
            w.sp().atom(a);
        }
    }

    private static String explicitSet(SequenceSet set) {
        if (set.isEmpty() || set.isSaved() || set.usesStar()) {
            throw new IllegalArgumentException("a response needs an explicit, non-empty set");
        }
        return set.toString();
    }

    /** RFC 9051 §7.3.1 mailbox-list, RFC 5258 §6 mbox-list-extended. */
    private static void listEntry(ImapWriter w, UntaggedResponse.ListEntry l) throws IOException {
        w.raw(l.lsub() ? "LSUB " : "LIST ").flagList(l.attributes()).sp();
        delimiter(w, l.delimiter());
        w.sp().mailbox(l.mailbox());
        if (!l.childInfo().isEmpty() || l.oldName() != null) {
            w.raw(" (");
            boolean first = true;
            if (!l.childInfo().isEmpty()) {
                w.raw("\"CHILDINFO\" (");
                for (int i = 0; i < l.childInfo().size(); i++) {
                    if (i > 0) {
                        w.sp();
                    }
                    w.string(l.childInfo().get(i));
                }
                w.closeParen();
                first = false;
            }
            if (l.oldName() != null) {
                if (!first) {
                    w.sp();
                }
                w.raw("\"OLDNAME\" (").mailbox(l.oldName()).closeParen();
            }
            w.closeParen();
        }
    }

    private static void delimiter(ImapWriter w, Character delimiter) throws IOException {
        if (delimiter == null) {
            w.nil();
        } else {
            char d = delimiter;
            if (d < 0x20 || d > 0x7e) {
                throw new IllegalArgumentException("a hierarchy delimiter is one printable ASCII character");
            }
            w.raw(d == '"' || d == '\\' ? "\"\\" + d + "\"" : "\"" + d + "\"");
        }
    }

    private static void status(ImapWriter w, UntaggedResponse.MailboxStatus s) throws IOException {
        w.raw("STATUS ").mailbox(s.mailbox()).raw(" (");
        boolean first = true;
        for (Map.Entry<StatusItem, Long> e : s.values().entrySet()) {
            if (!first) {
                w.sp();
            }
            first = false;
            w.raw(e.getKey().imapName()).sp().number(e.getValue());
        }
        w.closeParen();
    }

    private static void numbers(ImapWriter w, String name, long[] numbers, Long modSeq) throws IOException {
        w.raw(name);
        for (long n : numbers) {
            w.sp().number(n);
        }
        if (modSeq != null) {
            w.raw(" (MODSEQ ").number(modSeq).closeParen();
        }
    }

    private static void esearch(ImapWriter w, UntaggedResponse.ESearch e) throws IOException {
        w.raw("ESEARCH");
        if (e.tag() != null) {
            w.raw(" (TAG ").string(e.tag()).closeParen();
        }
        if (e.uid()) {
            w.raw(" UID");
        }
        if (e.min() != null) {
            w.raw(" MIN ").number(e.min());
        }
        if (e.max() != null) {
            w.raw(" MAX ").number(e.max());
        }
        if (e.all() != null && !e.all().isEmpty()) {
            w.raw(" ALL ").raw(explicitSet(e.all()));
        }
        if (e.count() != null) {
            w.raw(" COUNT ").number(e.count());
        }
        if (e.highestModSeq() != null) {
            w.raw(" MODSEQ ").number(e.highestModSeq());
        }
    }

    /**
     * RFC 5256 §4: thread-members = nz-number *(SP nz-number) [SP thread-nested]; a single reply
     * continues the chain, several replies become nested thread-lists.
     */
    private static void threadMembers(ImapWriter w, ThreadNode node) throws IOException {
        ThreadNode n = node;
        boolean wrote = false;
        while (true) {
            if (n.message() != 0) {
                if (wrote) {
                    w.sp();
                }
                w.number(n.message());
                wrote = true;
            }
            if (n.children().size() == 1) {
                n = n.children().getFirst();
                continue;
            }
            if (n.children().isEmpty()) {
                return;
            }
            if (wrote) {
                w.sp();
            }
            for (ThreadNode child : n.children()) {
                w.openParen();
                threadMembers(w, child);
                w.closeParen();
            }
            return;
        }
    }

    private static void namespaces(ImapWriter w, List<UntaggedResponse.Namespace.Entry> entries) throws IOException {
        if (entries == null || entries.isEmpty()) {
            w.nil();
            return;
        }
        w.openParen();
        for (UntaggedResponse.Namespace.Entry e : entries) {
            w.openParen().mailbox(e.prefix()).sp();
            delimiter(w, e.delimiter());
            w.closeParen();
        }
        w.closeParen();
    }
}
