package org.parley.imap.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.imap.codec.FetchResponseWriter;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.ResponseCode;
import org.parley.imap.codec.ResponseStatus;
import org.parley.imap.codec.SequenceSet;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.store.mail.ChangeFeed;
import org.parley.store.mail.Changes;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MailEvent;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailboxHandle;
import org.parley.store.mail.MailboxSnapshot;
import org.parley.store.mail.MessageState;
import org.parley.store.mail.UidSet;

/**
 * This session's view of the selected mailbox (RFC 9051 §2.3.1.2): the UID of every message by
 * sequence number, as announced to the client, plus what changed since and is not yet told.
 *
 * <p>UIDs live in one {@code int[]} (read unsigned): 40 kB for 10,000 messages, no boxing. Flags
 * are not kept: a flag change is found by re-reading the store by modseq
 * ({@link MailSession#changesSince}) when the change feed says something happened, so the feed
 * is only a hint (a lost cluster notification is caught at the next NOOP or IDLE). This
 * session's own flag changes and expunges are reported by the commands that made them; their
 * modseqs are remembered until the next re-read so they are not reported twice.
 *
 * <p>Threads: the session thread owns the view; the change-feed listener only sets
 * {@link #changed} and calls the wake-up hook. The IDLE notifier thread calls {@link #sync}
 * under the session's output lock while the session thread waits for DONE.
 */
public final class SelectedMailbox {
    private static final int MAX_OWN_MODSEQS = 256;

    private final MailboxHandle handle;
    private final boolean readOnly;
    private final long sessionId;
    private int[] uids;
    private int count;
    private long highestModseq;
    private UidSet recent;
    private final List<String> keywords;
    private long[] ownModseqs = new long[0];
    private int ownCount;
    private UidSet pendingExpunge = UidSet.empty();
    private volatile boolean changed;
    private volatile Runnable wakeup;
    private ChangeFeed.Subscription subscription;

    private SelectedMailbox(MailboxSnapshot snap, boolean readOnly, long sessionId) {
        this.handle = snap.mailbox();
        this.readOnly = readOnly;
        this.sessionId = sessionId;
        List<MessageState> list = snap.messages();
        this.count = list.size();
        this.uids = new int[Math.max(count, 4)];
        for (int i = 0; i < count; i++) {
            uids[i] = (int) list.get(i).uid();
        }
        this.highestModseq = snap.highestModseq();
        this.recent = snap.recent();
        this.keywords = new ArrayList<>(snap.keywords());
    }

    /**
     * The view of a freshly selected mailbox, subscribed to its owner's change feed. Events that
     * arrive between the snapshot and the subscription are caught by the next forced sync
     * (NOOP, IDLE), which costs less than resolving the name twice on every SELECT.
     */
    public static SelectedMailbox open(MailboxSnapshot snap, boolean readOnly, MailSession mail, ChangeFeed feed) {
        SelectedMailbox m = new SelectedMailbox(snap, readOnly, mail.id());
        m.subscription = feed.subscribe(m.handle.ownerAccountId(), m::onEvent);
        return m;
    }

    /** Stops listening; called on UNSELECT, CLOSE, another SELECT and logout. Idempotent. */
    public void close() {
        ChangeFeed.Subscription s = subscription;
        subscription = null;
        wakeup = null;
        if (s != null) {
            s.close();
        }
    }

    private void onEvent(MailEvent e) {
        long id = switch (e) {
            case MailEvent.MessagesAdded a -> a.mailboxId();
            case MailEvent.FlagsChanged f -> e.origin() == sessionId ? -1 : f.mailboxId();
            case MailEvent.MessagesExpunged x -> e.origin() == sessionId ? -1 : x.mailboxId();
            case MailEvent.MailboxDeleted d -> d.mailboxId();
            case MailEvent.MailboxRenamed r -> -1;
            case MailEvent.MailboxCreated c -> -1;
            case MailEvent.AclChanged a -> -1;
            case MailEvent.SubscriptionChanged s -> -1;
        };
        if (id == handle.mailboxId()) {
            changed = true;
            Runnable w = wakeup;
            if (w != null) {
                w.run();
            }
        }
    }

    /** Called (on the publisher's thread, must not block) after a change while IDLE; null to stop. */
    public void wakeup(Runnable hook) {
        this.wakeup = hook;
    }

    public MailboxHandle handle() {
        return handle;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Messages as the client knows them (EXISTS). */
    public int count() {
        return count;
    }

    public long highestModseq() {
        return highestModseq;
    }

    public List<String> keywords() {
        return List.copyOf(keywords);
    }

    /** UID of sequence number {@code seq} (1-based). */
    public long uidAt(int seq) {
        return Integer.toUnsignedLong(uids[seq - 1]);
    }

    /** The largest UID in the view, 0 when empty (what {@code *} means in a UID set). */
    public long maxUid() {
        return count == 0 ? 0 : uidAt(count);
    }

    /** Sequence number of {@code uid}, or 0 when it is not in the view. */
    public int seqOf(long uid) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long u = Integer.toUnsignedLong(uids[mid]);
            if (u < uid) {
                lo = mid + 1;
            } else if (u > uid) {
                hi = mid - 1;
            } else {
                return mid + 1;
            }
        }
        return 0;
    }

    /** IMAP4rev1 \Recent for this session. */
    public boolean isRecent(long uid) {
        return recent.contains(uid);
    }

    /** Messages of the view that are \Recent; per range, not per UID (a claim spans expunged UIDs too). */
    public int recentCount() {
        int n = 0;
        for (long[] r : recent.ranges()) {
            n += Math.max(0, lastSeqAtMost(r[1]) - firstSeqAtLeast(r[0]) + 1);
        }
        return n;
    }

    /**
     * The UIDs of a resolved sequence-number set. UIDs ascend with sequence numbers and every
     * message the store holds in {@code [uid(a), uid(b)]} is in the view (newer ones have larger
     * UIDs, expunged ones are gone), so each range maps to one UID range.
     */
    public UidSet uidsOfSequences(SequenceSet set) {
        SequenceSet resolved = set.resolve(count);
        List<long[]> ranges = new ArrayList<>(resolved.ranges().size());
        for (SequenceSet.Range r : resolved.ranges()) {
            ranges.add(new long[] {uidAt((int) r.first()), uidAt((int) r.last())});
        }
        return UidSet.ofRanges(ranges);
    }

    /**
     * A UID set clipped to the view: {@code *} is the largest UID the client knows (RFC 9051
     * §6.4.8), and UIDs not yet announced are left out.
     */
    public UidSet uidsOfUidSet(SequenceSet set) {
        long max = maxUid();
        if (max == 0) {
            return UidSet.empty();
        }
        SequenceSet resolved = set.resolve(max);
        List<long[]> ranges = new ArrayList<>(resolved.ranges().size());
        for (SequenceSet.Range r : resolved.ranges()) {
            ranges.add(new long[] {r.first(), r.last()});
        }
        return UidSet.ofRanges(ranges);
    }

    /** The first sequence number whose UID is at least {@code uid}; {@code count() + 1} when none. */
    public int firstSeqAtLeast(long uid) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Integer.toUnsignedLong(uids[mid]) < uid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    /** The last sequence number whose UID is at most {@code uid}; 0 when none. */
    public int lastSeqAtMost(long uid) {
        return firstSeqAtLeast(uid + 1) - 1;
    }

    /** Sequence numbers of the given UIDs that are in the view, ascending. */
    public long[] sequencesOf(UidSet set) {
        long[] out = new long[(int) Math.min(count, set.size())];
        int n = 0;
        for (int i = 0; i < count && n < out.length; i++) {
            if (set.contains(Integer.toUnsignedLong(uids[i]))) {
                out[n++] = i + 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Remembers a modseq this session's own change was given, so a re-read does not report it again. */
    public void ownChange(long modseq) {
        if (modseq == highestModseq + 1) {
            highestModseq = modseq;
            return;
        }
        if (ownCount == ownModseqs.length) {
            if (ownCount >= MAX_OWN_MODSEQS) {
                changed = true; // re-read now rather than remember more
                return;
            }
            ownModseqs = Arrays.copyOf(ownModseqs, Math.max(4, ownCount * 2));
        }
        ownModseqs[ownCount++] = modseq;
    }

    private boolean isOwn(long modseq) {
        for (int i = 0; i < ownCount; i++) {
            if (ownModseqs[i] == modseq) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event arrived that the view has not re-read yet. */
    public boolean pending() {
        return changed;
    }

    /**
     * Removes expunged messages from the view and tells the client: {@code * n EXPUNGE} per
     * message (numbers as they are at the moment each is sent) or one {@code * VANISHED} with
     * QRESYNC (RFC 7162 §3.2.10).
     */
    public void expunged(UidSet gone, ImapWriter w, boolean vanished) throws IOException {
        if (gone.isEmpty() || count == 0) {
            return;
        }
        List<Long> removedUids = vanished ? new ArrayList<>() : null;
        int kept = 0;
        int removed = 0;
        for (int i = 0; i < count; i++) {
            long uid = Integer.toUnsignedLong(uids[i]);
            if (gone.contains(uid)) {
                if (vanished) {
                    removedUids.add(uid);
                } else {
                    // RFC 9051 §7.5.1: each EXPUNGE renumbers the messages after it
                    w.write(new UntaggedResponse.Expunge(i + 1 - removed));
                }
                removed++;
            } else {
                uids[kept++] = uids[i];
            }
        }
        count = kept;
        if (vanished && !removedUids.isEmpty()) {
            long[] a = new long[removedUids.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = removedUids.get(i);
            }
            w.write(new UntaggedResponse.Vanished(false, SequenceSet.ofNumbers(a)));
        }
    }

    /**
     * Tells the client what changed since it last heard (RFC 9051 §7.4.1, §5.2): flag changes
     * as FETCH, expunges (only when {@code expungeAllowed}: not during FETCH, STORE and SEARCH,
     * RFC 9051 §7.5.1) and new messages as EXISTS. Re-reads the store only when an event
     * arrived or {@code force}.
     */
    public void sync(MailSession mail, ImapWriter w, Extensions ext, boolean force, boolean expungeAllowed)
            throws IOException {
        int before = count;
        if (force || changed) {
            changed = false;
            Changes ch = mail.changesSince(handle, highestModseq);
            UidSet vanished = ch.vanished();
            if (!vanished.isEmpty()) {
                pendingExpunge = union(pendingExpunge, vanished);
            }
            long max = maxUid();
            List<MessageState> added = new ArrayList<>();
            for (MessageState m : ch.changed()) {
                if (m.uid() > max) {
                    added.add(m);
                } else if (!isOwn(m.modseq()) && !pendingExpunge.contains(m.uid())) {
                    int seq = seqOf(m.uid());
                    if (seq > 0) {
                        newKeywords(m.flags(), w);
                        FetchResponseWriter f = w.fetch(seq).uid(m.uid()).flags(flagNames(m.flags(), m.uid(), ext));
                        if (ext.condstore()) {
                            f.modSeq(m.modseq());
                        }
                        f.end();
                    }
                }
            }
            for (MessageState m : added) {
                append(m.uid());
            }
            if (!added.isEmpty() && !readOnly && !ext.imap4rev2()) {
                // the claim may also cover messages that arrived after changesSince: they are this
                // session's \Recent when the next sync shows them
                recent = union(recent, mail.claimRecent(handle));
            }
            highestModseq = Math.max(highestModseq, ch.highestModseq());
            ownCount = 0;
        }
        if (expungeAllowed && !pendingExpunge.isEmpty()) {
            UidSet p = pendingExpunge;
            pendingExpunge = UidSet.empty();
            int beforeExpunge = count;
            expunged(p, w, ext.qresync());
            before -= beforeExpunge - count;
        }
        if (count > before) {
            w.write(new UntaggedResponse.Exists(count));
            if (!ext.imap4rev2()) {
                w.write(new UntaggedResponse.Recent(recentCount()));
            }
        }
    }

    /** A keyword nobody announced yet: RFC 9051 §7.3.5 FLAGS must list it before it is used. */
    public void newKeywords(Flags f, ImapWriter w) throws IOException {
        boolean added = false;
        for (String k : f.keywords()) {
            boolean known = false;
            for (String x : keywords) {
                if (x.equalsIgnoreCase(k)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                keywords.add(k);
                added = true;
            }
        }
        if (added) {
            w.write(new UntaggedResponse.Flags(flagList()));
            if (!readOnly) {
                List<String> perm = new ArrayList<>(flagList());
                perm.add("\\*");
                w.write(new UntaggedResponse.Condition(ResponseStatus.OK, new ResponseCode.PermanentFlags(perm), "flags"));
            }
        }
    }

    /** The FLAGS response: the system flags and the mailbox's keywords. */
    public List<String> flagList() {
        List<String> out = new ArrayList<>(List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"));
        out.addAll(keywords);
        return out;
    }

    /** A message's flags as FETCH shows them, with \Recent for IMAP4rev1 (RFC 3501 §2.3.2). */
    public List<String> flagNames(Flags flags, long uid, Extensions ext) {
        List<String> names = flags.names();
        if (!ext.imap4rev2() && recent.contains(uid)) {
            names = new ArrayList<>(names);
            names.add("\\Recent");
        }
        return names;
    }

    private void append(long uid) {
        if (count == uids.length) {
            uids = Arrays.copyOf(uids, Math.max(8, count + (count >> 1)));
        }
        uids[count++] = (int) uid;
    }

    private static UidSet union(UidSet a, UidSet b) {
        if (a.isEmpty()) {
            return b;
        }
        List<long[]> r = new ArrayList<>(a.ranges());
        r.addAll(b.ranges());
        return UidSet.ofRanges(r);
    }
}
