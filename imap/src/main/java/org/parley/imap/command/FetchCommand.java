package org.parley.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.FetchItem;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.Section;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.imap.session.Extensions;
import org.parley.imap.session.ImapSession;
import org.parley.imap.session.Reply;
import org.parley.imap.session.SelectedMailbox;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailStoreException;
import org.parley.store.mail.MessageMeta;
import org.parley.store.mail.MessageState;
import org.parley.store.mail.StoreMode;
import org.parley.store.mail.StoreResult;
import org.parley.store.mail.UidSet;

/**
 * RFC 9051 §6.4.5 FETCH / UID FETCH with BINARY (RFC 3516) and CHANGEDSINCE / VANISHED
 * (RFC 7162 §3.1.4, §3.2.6).
 *
 * <p>Metadata is read from the store in chunks of {@value #CHUNK} messages (one query each, with
 * structures only when an item needs them), and each response is written as soon as it is
 * ready, bodies streamed from the blob store: memory stays bounded by one chunk whatever the
 * mailbox size.
 */
final class FetchCommand {
    static final int CHUNK = 500;

    private FetchCommand() {}

    static Reply run(ImapCommand.Fetch c, ImapSession s) throws IOException {
        SelectedMailbox view = s.selected();
        Extensions ext = s.extensions();
        MailSession mail = s.mail();
        ImapWriter out = s.out();
        Long changedSince = c.modifiers().changedSince();
        List<FetchItem> items = c.responseItems();
        if (changedSince != null || items.contains(FetchItem.MODSEQ)) {
            // RFC 7162 §3.1: CHANGEDSINCE and the MODSEQ item enable CONDSTORE
            ext.enableCondstore();
        }
        UidSet uids = MessageSets.uids(s, c.set(), c.uid());
        if (uids.isEmpty()) {
            return Reply.ok("FETCH completed");
        }
        if (c.modifiers().vanished()) {
            vanishedEarlier(mail, view, uids, changedSince, out);
        }
        UidSet seenNow = markSeen(items, view, mail, uids);
        FetchItems writer = new FetchItems(items, view, ext, s.services().store().blobStore(), out, seenNow);
        boolean structure = needsStructure(items);
        for (long[] range : uids.ranges()) {
            int first = view.firstSeqAtLeast(range[0]);
            int last = view.lastSeqAtMost(range[1]);
            for (int from = first; from <= last; from += CHUNK) {
                int to = Math.min(last, from + CHUNK - 1);
                List<MessageMeta> metas = mail.fetch(view.handle(), UidSet.range(view.uidAt(from), view.uidAt(to)), structure);
                for (MessageMeta m : metas) {
                    if (changedSince != null && m.modseq() <= changedSince) {
                        continue;
                    }
                    int seq = view.seqOf(m.uid());
                    if (seq > 0) {
                        writer.write(seq, m);
                    }
                }
            }
        }
        return Reply.ok("FETCH completed");
    }

    /**
     * RFC 9051 §6.4.5: BODY[...] without PEEK, BINARY[...] without PEEK, RFC822 and RFC822.TEXT
     * set \Seen. Done before reading, in one STORE, so the responses show the new flags; the
     * messages changed get FLAGS in their response (RFC 9051 §7.5.2).
     */
    private static UidSet markSeen(List<FetchItem> items, SelectedMailbox view, MailSession mail, UidSet uids) {
        if (view.readOnly() || !setsSeen(items)) {
            return UidSet.empty();
        }
        StoreResult r;
        try {
            r = mail.store(view.handle(), uids, StoreMode.ADD, Flags.of(Flags.SEEN), -1);
        } catch (MailStoreException e) {
            return UidSet.empty(); // no right to set \Seen: the fetch still works
        }
        List<Long> changed = new ArrayList<>(r.changed().size());
        for (MessageState m : r.changed()) {
            changed.add(m.uid());
        }
        if (!r.changed().isEmpty()) {
            view.ownChange(r.changed().getFirst().modseq());
        }
        return UidSet.of(changed);
    }

    private static boolean setsSeen(List<FetchItem> items) {
        for (FetchItem i : items) {
            boolean sets = switch (i) {
                case FetchItem.Body b -> !b.peek();
                case FetchItem.Binary b -> !b.peek();
                case FetchItem.Rfc822 r -> true;
                case FetchItem.Rfc822Text r -> true;
                default -> false;
            };
            if (sets) {
                return true;
            }
        }
        return false;
    }

    /** Whether any item needs the stored structure (everything but flags, sizes, dates and BODY[]). */
    static boolean needsStructure(List<FetchItem> items) {
        for (FetchItem i : items) {
            boolean needs = switch (i) {
                case FetchItem.Envelope e -> true;
                case FetchItem.BodyStructure b -> true;
                case FetchItem.Body b -> !(b.section().part().isEmpty() && b.section().kind() == Section.Kind.CONTENT);
                case FetchItem.Binary b -> !b.part().isEmpty();
                case FetchItem.BinarySize b -> !b.part().isEmpty();
                case FetchItem.Rfc822Header r -> true;
                case FetchItem.Rfc822Text r -> true;
                default -> false;
            };
            if (needs) {
                return true;
            }
        }
        return false;
    }

    /** RFC 7162 §3.2.6: UIDs of the set expunged after CHANGEDSINCE, before the FETCH responses. */
    private static void vanishedEarlier(MailSession mail, SelectedMailbox view, UidSet uids, long changedSince,
            ImapWriter out) throws IOException {
        UidSet gone = mail.changesSince(view.handle(), changedSince).vanished();
        List<Long> in = new ArrayList<>();
        for (long[] r : gone.ranges()) {
            for (long u = r[0]; u <= r[1] && in.size() < 1_000_000; u++) {
                if (uids.contains(u) && view.seqOf(u) == 0) {
                    in.add(u);
                }
            }
        }
        if (!in.isEmpty()) {
            out.write(new UntaggedResponse.Vanished(true, SequenceSet.ofNumbers(in.stream().mapToLong(Long::longValue).toArray())));
        }
    }
}
