package org.parley.store.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.blob.BlobStore;
import org.parley.store.message.MessageAnalyzer;
import org.parley.store.sql.Database;

/**
 * The mail store contract, run against every back-end: subclasses only supply the {@link Backend}.
 */
abstract class MailStoreContractTest extends MailStoreFixture {
    // ------------------------------------------------------------ hierarchy

    @Test
    void newAccountHasSpecialUseMailboxesSubscribed() {
        List<MailboxInfo> list = alice.list();
        assertThat(names(list)).containsExactly("Drafts", "INBOX", "Junk", "Sent", "Trash");
        assertThat(entry(list, "Sent").specialUse()).containsExactly(SpecialUse.SENT);
        assertThat(entry(list, "Drafts").specialUse()).containsExactly(SpecialUse.DRAFTS);
        assertThat(entry(list, "Trash").specialUse()).containsExactly(SpecialUse.TRASH);
        assertThat(entry(list, "Junk").specialUse()).containsExactly(SpecialUse.JUNK);
        assertThat(list).allMatch(MailboxInfo::subscribed);
        store.initializeAccount(ALICE); // idempotent
        assertThat(alice.list()).hasSize(5);
    }

    @Test
    void createMakesParentsAndDeleteLeavesNoselectParent() {
        alice.create("Work/2026/Q4", Set.of(SpecialUse.ARCHIVE), MailboxClass.MAIL);
        assertThat(names(alice.list())).contains("Work", "Work/2026", "Work/2026/Q4");
        assertThat(entry(alice.list(), "Work/2026/Q4").specialUse()).containsExactly(SpecialUse.ARCHIVE);
        assertThat(entry(alice.list(), "Work").hasChildren()).isTrue();
        fails(MailError.ALREADY_EXISTS, () -> alice.create("Work/2026"));
        fails(MailError.ALREADY_EXISTS, () -> alice.create("inbox"));

        append(alice, "Work", "in work");
        long uidValidity = alice.open("Work").uidValidity();
        alice.delete("Work");
        MailboxInfo work = entry(alice.list(), "Work");
        assertThat(work.noselect()).isTrue();
        fails(MailError.CANNOT, () -> alice.select("Work", false));
        fails(MailError.HAS_CHILDREN, () -> alice.delete("Work"));
        assertThat(alice.quota().messagesUsed()).isZero();

        alice.delete("Work/2026/Q4");
        alice.delete("Work/2026");
        alice.delete("Work");
        assertThat(names(alice.list())).doesNotContain("Work");
        alice.create("Work");
        assertThat(alice.open("Work").uidValidity()).isGreaterThan(uidValidity);
        assertThat(alice.select("Work", true).exists()).isZero();
    }

    @Test
    void inboxIsCaseInsensitiveAndCannotBeDeleted() {
        append(alice, "inbox", "one");
        assertThat(alice.select("InBoX", true).exists()).isEqualTo(1);
        alice.create("inbox/Sub");
        assertThat(names(alice.list())).contains("INBOX/Sub");
        fails(MailError.CANNOT, () -> alice.delete("INBOX"));
        fails(MailError.NONEXISTENT, () -> alice.delete("Nope"));
    }

    @Test
    void badNamesAreRefused() {
        for (String bad : List.of("", "/x", "a//b", "a\u0000b", "a\nb", "x".repeat(1001), "~", "a\u0085b")) {
            fails(MailError.INVALID_NAME, () -> alice.create(bad));
        }
        fails(MailError.INVALID_NAME, () -> alice.create("a/".repeat(40) + "z"));
    }

    @Test
    void renameMovesChildrenAndSubscriptions() {
        alice.create("A/B/C");
        alice.subscribe("A/B");
        long id = alice.open("A/B/C").mailboxId();
        append(alice, "A/B/C", "kept");
        alice.rename("A/B", "X/Y");
        assertThat(names(alice.list())).contains("A", "X", "X/Y", "X/Y/C").doesNotContain("A/B", "A/B/C");
        MailboxHandle moved = alice.open("X/Y/C");
        assertThat(moved.mailboxId()).isEqualTo(id);
        assertThat(alice.select("X/Y/C", true).exists()).isEqualTo(1);
        assertThat(alice.subscriptions()).contains("X/Y").doesNotContain("A/B");
        fails(MailError.CANNOT, () -> alice.rename("X", "X/Z"));
        fails(MailError.ALREADY_EXISTS, () -> alice.rename("X", "A"));
        fails(MailError.NONEXISTENT, () -> alice.rename("Nope", "Other"));
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() {
        alice.create("INBOX/Child");
        long u1 = append(alice, "INBOX", "first", "\\Seen");
        long u2 = append(alice, "INBOX", "second");
        MailboxSnapshot before = alice.select("INBOX", true);
        alice.rename("INBOX", "Old");
        MailboxSnapshot old = alice.select("Old", true);
        assertThat(old.messages()).extracting(MessageState::uid).containsExactly(u1, u2);
        assertThat(old.messages().getFirst().flags().seen()).isTrue();
        assertThat(old.uidNext()).isGreaterThan(u2);
        MailboxSnapshot inbox = alice.select("INBOX", true);
        assertThat(inbox.exists()).isZero();
        assertThat(inbox.uidValidity()).isEqualTo(before.uidValidity());
        assertThat(inbox.uidNext()).isEqualTo(before.uidNext());
        assertThat(alice.changesSince(inbox.mailbox(), before.highestModseq()).vanished()).isEqualTo(UidSet.of(u1, u2));
        assertThat(names(alice.list())).contains("INBOX/Child", "Old");
        long u3 = append(alice, "INBOX", "third");
        assertThat(u3).isEqualTo(before.uidNext());
        MailboxHandle oldHandle = alice.open("Old");
        assertThat(new String(alice.readContent(oldHandle, u2, 0, 1000), StandardCharsets.US_ASCII)).contains("second");
    }

    @Test
    void subscriptionsMayNameNonexistentMailboxes() {
        alice.subscribe("Ghost/Folder");
        alice.subscribe("~bob/Shared");
        assertThat(alice.subscriptions()).contains("Ghost/Folder", "~bob/Shared", "INBOX");
        List<MailboxInfo> subs = alice.listSubscribed();
        assertThat(entry(subs, "Ghost/Folder").nonexistent()).isTrue();
        assertThat(entry(subs, "INBOX").nonexistent()).isFalse();
        alice.unsubscribe("Ghost/Folder");
        assertThat(alice.subscriptions()).doesNotContain("Ghost/Folder");
        fails(MailError.NONEXISTENT, () -> alice.unsubscribe("Ghost/Folder"));
    }

    @Test
    void mailboxClassCanBeSetAndRead() {
        alice.create("Calendar", Set.of(), MailboxClass.CALENDAR);
        assertThat(alice.mailboxClass("Calendar")).isEqualTo(MailboxClass.CALENDAR);
        alice.setMailboxClass("Calendar", MailboxClass.parse("IPF.Contact"));
        assertThat(entry(alice.list(), "Calendar").mailboxClass()).isEqualTo(MailboxClass.CONTACTS);
        alice.setSpecialUse("Calendar", Set.of(SpecialUse.FLAGGED));
        assertThat(entry(alice.list(), "Calendar").specialUse()).containsExactly(SpecialUse.FLAGGED);
    }

    // ------------------------------------------------------------ messages

    @Test
    void appendFetchStoreExpungeWithExactUidsAndModseqs() {
        MailboxSnapshot empty = alice.select("INBOX", false);
        assertThat(empty.uidNext()).isEqualTo(1);
        long m0 = empty.highestModseq();
        Instant date = Instant.parse("2020-01-02T03:04:05Z");
        AppendResult r = alice.append("INBOX", List.of(
                new AppendMessage(msg("a"), Flags.of("\\Seen", "$Work"), date),
                new AppendMessage(msg("b")),
                new AppendMessage(msg("c"), Flags.of("\\Flagged"), null)));
        assertThat(r.uids()).containsExactly(1L, 2L, 3L);
        assertThat(r.uidValidity()).isEqualTo(empty.uidValidity());
        assertThat(r.modseq()).isGreaterThan(m0);

        MailboxSnapshot s = alice.select("INBOX", false);
        assertThat(s.uidNext()).isEqualTo(4);
        assertThat(s.highestModseq()).isEqualTo(r.modseq());
        assertThat(s.messages()).extracting(MessageState::uid).containsExactly(1L, 2L, 3L);
        assertThat(s.messages()).allMatch(m -> m.modseq() == r.modseq());
        assertThat(s.unseen()).isEqualTo(2);
        assertThat(s.firstUnseen()).isEqualTo(2);
        assertThat(s.keywords()).containsExactly("$Work");
        assertThat(s.recent()).isEqualTo(UidSet.range(1, 3));
        assertThat(alice.select("INBOX", false).recent().isEmpty()).isTrue(); // \Recent goes to one session only

        MailboxHandle h = s.mailbox();
        List<MessageMeta> meta = alice.fetch(h, UidSet.range(1, 2), true);
        assertThat(meta).hasSize(2);
        assertThat(meta.getFirst().internalDate()).isEqualTo(date);
        assertThat(meta.getFirst().flags().names()).containsExactly("\\Seen", "$Work");
        assertThat(meta.getFirst().size()).isEqualTo(msg("a").length);
        assertThat(meta.getFirst().parsed().baseSubject()).isEqualTo("a");
        assertThat(meta.getFirst().parsed().envelope().subject()).isEqualTo("a");
        assertThat(unparsedBlobs()).isZero(); // the structure was stored at append, not recomputed
        assertThat(alice.readContent(h, 2, 0, 10_000)).isEqualTo(msg("b"));
        assertThat(alice.readContent(h, 2, 6, 4)).isEqualTo("Test".getBytes(StandardCharsets.US_ASCII));
        assertThat(alice.readContent(h, 2, 10_000, 4)).isEmpty();
        fails(MailError.NONEXISTENT, () -> alice.readContent(h, 99, 0, 1));

        StoreResult st = alice.store(h, UidSet.range(1, 3), StoreMode.ADD, Flags.of("\\Deleted", "$work"), -1);
        long m1 = r.modseq() + 1;
        assertThat(st.changed()).extracting(MessageState::uid).containsExactly(1L, 2L, 3L);
        assertThat(st.changed()).allMatch(m -> m.modseq() == m1);
        assertThat(st.changed().getFirst().flags().keywords()).containsExactly("$Work"); // the mailbox's spelling
        StoreResult again = alice.store(h, UidSet.of(1), StoreMode.ADD, Flags.of("\\Deleted"), -1);
        assertThat(again.changed()).isEmpty(); // no change, no new modseq
        alice.store(h, UidSet.of(2), StoreMode.REMOVE, Flags.of("\\Deleted"), -1);
        long m2 = m1 + 1;
        StoreResult rep = alice.store(h, UidSet.of(3), StoreMode.REPLACE, Flags.of("\\Answered"), -1);
        assertThat(rep.changed().getFirst().flags().names()).containsExactly("\\Answered");
        long m3 = m2 + 1;

        assertThat(alice.expunge(h, UidSet.of(3))).isEqualTo(UidSet.empty()); // UID EXPUNGE of a non-\Deleted one
        UidSet gone = alice.expunge(h, null);
        assertThat(gone).isEqualTo(UidSet.of(1));
        long m4 = m3 + 1;
        MailboxStatus status = alice.status("INBOX");
        assertThat(status.messages()).isEqualTo(2);
        assertThat(status.highestModseq()).isEqualTo(m4);
        assertThat(status.uidNext()).isEqualTo(4);
        assertThat(status.size()).isEqualTo(msg("b").length + msg("c").length);
        assertThat(status.deleted()).isZero();
        assertThat(status.unseen()).isEqualTo(2);
        Changes ch = alice.changesSince(h, m1);
        assertThat(ch.changed()).extracting(MessageState::uid).containsExactly(2L, 3L);
        assertThat(ch.changed()).extracting(MessageState::modseq).containsExactly(m2, m3);
        assertThat(ch.vanished()).isEqualTo(UidSet.of(1));
        assertThat(ch.highestModseq()).isEqualTo(m4);
        assertThat(alice.changesSince(h, m4).changed()).isEmpty();
        assertThat(alice.changesSince(h, m4).vanished().isEmpty()).isTrue();
    }

    @Test
    void unchangedSinceReportsModifiedMessages() {
        for (int i = 0; i < 3; i++) {
            append(alice, "INBOX", "m" + i);
        }
        MailboxSnapshot s = alice.select("INBOX", false);
        long base = s.highestModseq();
        alice.store(s.mailbox(), UidSet.of(2), StoreMode.ADD, Flags.of("\\Flagged"), -1);
        StoreResult r = alice.store(s.mailbox(), UidSet.range(1, 3), StoreMode.ADD, Flags.of("\\Seen"), base);
        assertThat(r.modified()).isEqualTo(UidSet.of(2));
        assertThat(r.changed()).extracting(MessageState::uid).containsExactly(1L, 3L);
        assertThat(alice.fetch(s.mailbox(), UidSet.of(2), false).getFirst().flags().seen()).isFalse();
    }

    @Test
    void uidsAreNeverReusedAcrossExpungeAndRestart() {
        long u1 = append(alice, "INBOX", "one", "\\Deleted");
        long u2 = append(alice, "INBOX", "two", "\\Deleted");
        MailboxHandle h = alice.open("INBOX");
        alice.expunge(h, null);
        long modseq = alice.status("INBOX").highestModseq();
        restart();
        long u3 = append(alice, "INBOX", "three");
        assertThat(u3).isGreaterThan(u2).isEqualTo(u2 + 1);
        assertThat(alice.status("INBOX").highestModseq()).isGreaterThan(modseq);
        assertThat(alice.changesSince(alice.open("INBOX"), 0).vanished()).isEqualTo(UidSet.of(u1, u2));
        assertThat(alice.open("INBOX").uidValidity()).isEqualTo(h.uidValidity());
    }

    @Test
    void copyAndMoveReturnUidMapsAndMoveIsAtomic() {
        for (int i = 0; i < 4; i++) {
            append(alice, "INBOX", "m" + i, i == 0 ? "\\Seen" : "$Tag");
        }
        alice.create("Archive");
        append(alice, "Archive", "already there");
        MailboxHandle inbox = alice.open("INBOX");
        MailboxSnapshot arch0 = alice.select("Archive", true);
        CopyResult c = alice.copy(inbox, UidSet.of(1, 3), "Archive");
        assertThat(c.destinationUidValidity()).isEqualTo(arch0.uidValidity());
        assertThat(c.sourceUids()).containsExactly(1L, 3L);
        assertThat(c.destinationUids()).containsExactly(2L, 3L);
        MailboxSnapshot arch = alice.select("Archive", true);
        assertThat(arch.messages().get(1).flags().seen()).isTrue();
        assertThat(arch.highestModseq()).isGreaterThan(arch0.highestModseq());
        assertThat(alice.readContent(arch.mailbox(), 3, 0, 1000)).isEqualTo(msg("m2"));
        assertThat(alice.select("INBOX", true).exists()).isEqualTo(4);

        long before = alice.status("INBOX").highestModseq();
        CopyResult m = alice.move(inbox, UidSet.range(2, 4), "Archive");
        assertThat(m.sourceUids()).containsExactly(2L, 3L, 4L);
        assertThat(m.destinationUids()).containsExactly(4L, 5L, 6L);
        assertThat(m.expungeModseq()).isEqualTo(before + 1);
        assertThat(alice.select("INBOX", true).messages()).extracting(MessageState::uid).containsExactly(1L);
        assertThat(alice.changesSince(inbox, before).vanished()).isEqualTo(UidSet.range(2, 4));
        assertThat(alice.select("Archive", true).exists()).isEqualTo(6);
        assertThat(alice.quota().messagesUsed()).isEqualTo(1 + 6);

        // a move that cannot complete (destination limit) leaves the source untouched
        limits.put(ALICE, new QuotaLimits(Long.MAX_VALUE, 7));
        fails(MailError.OVER_QUOTA, () -> alice.copy(inbox, UidSet.of(1), "Archive"));
        alice.create("Small");
        limits.put(ALICE, QuotaLimits.UNLIMITED);
        assertThat(alice.move(inbox, UidSet.of(99), "Archive").sourceUids()).isEmpty();
        fails(MailError.NONEXISTENT, () -> alice.move(inbox, UidSet.of(1), "Nowhere"));
        assertThat(alice.select("INBOX", true).exists()).isEqualTo(1);
    }

    @Test
    void keywordCountPerMailboxIsLimited() {
        long uid = append(alice, "INBOX", "k", "k1", "k2", "k3", "k4", "k5");
        MailboxHandle h = alice.open("INBOX");
        fails(MailError.LIMIT, () -> alice.store(h, UidSet.of(uid), StoreMode.ADD, Flags.of("k6"), -1));
        fails(MailError.LIMIT, () -> append(alice, "INBOX", "k6", "k6"));
        alice.store(h, UidSet.of(uid), StoreMode.ADD, Flags.of("K1"), -1); // known keyword, any case
        fails(MailError.INVALID_ARGUMENT, () -> Flags.of("bad keyword"));
        fails(MailError.INVALID_ARGUMENT, () -> Flags.of("\\Bogus"));
    }

    @Test
    void tooBigAndOverQuotaAreRefused() {
        fails(MailError.TOO_BIG, () -> alice.append("INBOX", new AppendMessage(new byte[100_001])));
        limits.put(ALICE, new QuotaLimits(msg("one").length + msg("two").length, 1000));
        append(alice, "INBOX", "one");
        append(alice, "INBOX", "two");
        fails(MailError.OVER_QUOTA, () -> append(alice, "INBOX", "three"));
        QuotaInfo q = alice.quota();
        assertThat(q.storageUsed()).isEqualTo(msg("one").length + msg("two").length);
        assertThat(q.messagesUsed()).isEqualTo(2);
        assertThat(q.storageLimit()).isEqualTo(q.storageUsed());

        limits.put(ALICE, new QuotaLimits(Long.MAX_VALUE, 2));
        fails(MailError.OVER_QUOTA, () -> append(alice, "INBOX", "four"));
        fails(MailError.OVER_QUOTA, () -> alice.copy(alice.open("INBOX"), UidSet.of(1), "Trash"));
        assertThat(alice.select("INBOX", true).exists()).isEqualTo(2);
        alice.store(alice.open("INBOX"), UidSet.of(1), StoreMode.ADD, Flags.of("\\Deleted"), -1);
        alice.expunge(alice.open("INBOX"), null);
        assertThat(alice.quota().messagesUsed()).isEqualTo(1);
        append(alice, "INBOX", "fits again");
        List<DeliveryOutcome> d = store.deliver(msg("x"), List.of(new DeliveryTarget(ALICE), new DeliveryTarget(BOB)), null);
        assertThat(d.get(0).error()).isEqualTo(MailError.OVER_QUOTA);
        assertThat(d.get(1).delivered()).isTrue();
    }

    @Test
    void messagesTheAnalyzerRejectsAreStillStored() {
        byte[] weird = "Subject: boom\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        MessageAnalyzer broken = raw -> {
            throw new IllegalStateException("analyzer bug");
        };
        try (MailStore other = new MailStore(db, blobs, broken, principals, QuotaPolicy.UNLIMITED, feed, MailStoreOptions.DEFAULTS)) {
            long uid = other.session(ALICE).append("INBOX", new AppendMessage(weird)).uids().getFirst();
            MailboxHandle h = alice.open("INBOX");
            assertThat(alice.readContent(h, uid, 0, 1000)).isEqualTo(weird);
            // the structure was not kept; this store's analyzer computes it when asked
            assertThat(alice.fetch(h, UidSet.of(uid), true).getFirst().parsed().baseSubject()).isEqualTo("boom");
        }
    }

    @Test
    void pop3ListsAndDeletesAtQuit() {
        append(alice, "INBOX", "p1");
        append(alice, "INBOX", "p2");
        append(alice, "INBOX", "p3");
        MailboxHandle inbox = alice.open("INBOX");
        List<Pop3Message> list = alice.pop3Listing(inbox);
        assertThat(list).extracting(Pop3Message::size).containsExactly(
                (long) msg("p1").length, (long) msg("p2").length, (long) msg("p3").length);
        assertThat(list).extracting(Pop3Message::uniqueId).doesNotHaveDuplicates();
        assertThat(alice.pop3Delete(inbox, UidSet.of(1, 3))).isEqualTo(UidSet.of(1, 3));
        assertThat(alice.pop3Listing(inbox)).extracting(Pop3Message::uid).containsExactly(2L);
        assertThat(alice.pop3Listing(inbox).getFirst().uniqueId()).isEqualTo(list.get(1).uniqueId());
    }

    // ------------------------------------------------------------ delivery, blobs, GC

    @Test
    void deliveryToThreeAccountsStoresOneBlob() {
        long blobsBefore = backend.blobCount(db);
        byte[] m = msg("for everyone");
        List<DeliveryOutcome> out = store.deliver(m, List.of(
                new DeliveryTarget(ALICE), new DeliveryTarget(BOB, "Junk", Flags.of("$Junk")), new DeliveryTarget(CAROL),
                new DeliveryTarget(DAVE, "No/Such", null)), null);
        assertThat(out).extracting(DeliveryOutcome::delivered).containsExactly(true, true, true, false);
        assertThat(out.get(3).error()).isEqualTo(MailError.NONEXISTENT);
        assertThat(backend.blobCount(db)).isEqualTo(blobsBefore + 1);
        MailboxHandle junk = bob.open("Junk");
        assertThat(bob.fetch(junk, UidSet.of(out.get(1).uid()), false).getFirst().flags().hasKeyword("$Junk")).isTrue();
        assertThat(store.session(CAROL).readContent(store.session(CAROL).open("INBOX"), out.get(2).uid(), 0, 1000)).isEqualTo(m);
        assertThat(alice.append("INBOX", new AppendMessage(m)).uids()).hasSize(1);
        assertThat(backend.blobCount(db)).isEqualTo(blobsBefore + 1);
    }

    @Test
    void unreferencedBlobsAreCollectedAfterTheGracePeriod() {
        byte[] m = msg("short-lived");
        store.deliver(m, List.of(new DeliveryTarget(ALICE), new DeliveryTarget(BOB)), null);
        long count = backend.blobCount(db);
        for (MailSession s : List.of(alice, bob)) {
            MailboxHandle h = s.open("INBOX");
            s.pop3Delete(h, UidSet.all());
        }
        assertThat(store.collectGarbage().deleted()).isZero(); // still within the grace period
        assertThat(backend.blobCount(db)).isEqualTo(count);
        clock.advance(Duration.ofHours(2));
        assertThat(store.collectGarbage().deleted()).isEqualTo(1);
        assertThat(backend.blobCount(db)).isEqualTo(count - 1);

        // the same content arriving again after collection is stored anew
        long uid = append(alice, "INBOX", "short-lived");
        assertThat(alice.readContent(alice.open("INBOX"), uid, 0, 1000)).isEqualTo(m);
    }

    @Test
    void aBlobReferencedAgainIsNotCollected() {
        byte[] m = msg("resurrected");
        long uid = alice.append("INBOX", new AppendMessage(m)).uids().getFirst();
        alice.pop3Delete(alice.open("INBOX"), UidSet.of(uid));
        clock.advance(Duration.ofHours(2));
        long uid2 = alice.append("Drafts", new AppendMessage(m)).uids().getFirst(); // new reference before collection
        assertThat(store.collectGarbage().deleted()).isZero();
        assertThat(alice.readContent(alice.open("Drafts"), uid2, 0, 1000)).isEqualTo(m);
    }

    @Test
    void blobsWithoutMetadataAreAdoptedThenCollected() {
        blobs.put("orphan from a crashed append".getBytes(StandardCharsets.US_ASCII));
        long count = backend.blobCount(db);
        assertThat(store.collectGarbage().adopted()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(store.collectGarbage().adopted()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        GcReport r = store.collectGarbage();
        assertThat(r.deleted()).isEqualTo(1);
        assertThat(backend.blobCount(db)).isEqualTo(count - 1);
    }

    @Test
    void deletingAnAccountRemovesItsMailAndReleasesBlobs() {
        append(bob, "INBOX", "bye");
        bob.create("Shared");
        bob.setAcl("Shared", "alice@example.com", StoreMode.REPLACE, Rights.parse("lr"));
        alice.create("Mine");
        alice.setAcl("Mine", "bob@example.com", StoreMode.REPLACE, Rights.parse("lr"));
        store.deleteAccount(BOB);
        assertThat(bob.list()).isEmpty();
        assertThat(store.quota(BOB).messagesUsed()).isZero();
        assertThat(alice.getAcl("Mine")).doesNotContainKey("bob@example.com");
        clock.advance(Duration.ofHours(2));
        assertThat(store.collectGarbage().deleted()).isEqualTo(1);
    }

    // ------------------------------------------------------------ access control, sharing

    @Test
    void aclRightsMatrix() {
        bob.create("Shared/Before");
        bob.setAcl("Shared", "Alice@Example.com", StoreMode.REPLACE, Rights.parse("lr"));
        bob.create("Shared/After");
        append(bob, "Shared", "shared message");

        assertThat(alice.myRights("~bob/Shared")).hasToString("lr");
        assertThat(alice.myRights("~bob/Shared/After")).hasToString("lr"); // inherited at creation
        fails(MailError.NONEXISTENT, () -> alice.myRights("~bob/Shared/Before"));
        fails(MailError.NONEXISTENT, () -> alice.open("~bob/INBOX"));
        fails(MailError.NONEXISTENT, () -> alice.open("~nobody/INBOX"));
        MailboxSnapshot s = alice.select("~bob/Shared", true);
        assertThat(s.exists()).isEqualTo(1);
        assertThat(s.mailbox().ownerAccountId()).isEqualTo(BOB);
        fails(MailError.NO_PERMISSION, () -> append(alice, "~bob/Shared", "not allowed"));
        fails(MailError.NO_PERMISSION, () -> alice.store(s.mailbox(), UidSet.all(), StoreMode.ADD, Flags.of("\\Seen"), -1));
        fails(MailError.NO_PERMISSION, () -> alice.expunge(s.mailbox(), null));
        fails(MailError.NO_PERMISSION, () -> alice.getAcl("~bob/Shared"));
        fails(MailError.NO_PERMISSION, () -> alice.delete("~bob/Shared/After"));
        fails(MailError.NO_PERMISSION, () -> alice.create("~bob/Shared/Mine"));
        assertThat(names(alice.listShared("bob"))).containsExactly("~bob/Shared", "~bob/Shared/After");
        assertThat(names(alice.listSharedWithMe())).containsExactly("~bob/Shared", "~bob/Shared/After");
        assertThat(alice.fetch(s.mailbox(), UidSet.all(), true).getFirst().parsed().baseSubject()).isEqualTo("shared message");

        // s alone lets alice keep \Seen but nothing else; k lets her create below, and the child inherits
        bob.setAcl("Shared", "alice@example.com", StoreMode.ADD, Rights.parse("sk"));
        MailboxHandle h = alice.open("~bob/Shared");
        StoreResult st = alice.store(h, UidSet.all(), StoreMode.ADD, Flags.of("\\Seen", "\\Flagged"), -1);
        assertThat(st.changed().getFirst().flags().names()).containsExactly("\\Seen");
        alice.create("~bob/Shared/Mine");
        assertThat(bob.getAcl("Shared/Mine")).containsEntry("alice@example.com", Rights.parse("lrsk"));
        assertThat(bob.getAcl("Shared")).containsEntry("bob@example.com", Rights.ALL);
        fails(MailError.CANNOT, () -> bob.setAcl("Shared", "bob@example.com", StoreMode.REPLACE, Rights.NONE));

        // anyone, groups, negative rights
        bob.setAcl("Shared", "anyone", StoreMode.REPLACE, Rights.parse("l"));
        MailSession carol = store.session(CAROL);
        assertThat(carol.myRights("~bob/Shared")).hasToString("l");
        fails(MailError.NO_PERMISSION, () -> carol.open("~bob/Shared"));
        principals.member("team", CAROL);
        bob.setAcl("Shared", "#team", StoreMode.REPLACE, Rights.parse("lrsi"));
        assertThat(carol.myRights("~bob/Shared")).hasToString("lrsi");
        append(carol, "~bob/Shared", "from carol");
        bob.setAcl("Shared", "-carol@example.com", StoreMode.REPLACE, Rights.parse("i"));
        assertThat(carol.myRights("~bob/Shared")).hasToString("lrs");
        assertThat(bob.getAcl("Shared").keySet()).contains("anyone", "#team", "-carol@example.com");
        bob.deleteAcl("Shared", "-carol@example.com");
        assertThat(carol.myRights("~bob/Shared")).hasToString("lrsi");
        assertThat(bob.listRights("Shared", "carol@example.com").required()).isEqualTo(Rights.NONE);
        assertThat(bob.listRights("Shared", "bob@example.com").required()).isEqualTo(Rights.ALL);
        fails(MailError.INVALID_ARGUMENT, () -> bob.setAcl("Shared", "bad id", StoreMode.ADD, Rights.parse("l")));
        fails(MailError.INVALID_ARGUMENT, () -> Rights.parse("lrz"));
    }

    @Test
    void communigateLettersAndAccountAtDomainNames() {
        assertThat(Rights.fromCgp("lrswipcda")).isEqualTo(Rights.ALL);
        assertThat(Rights.fromCgp("lrsd")).hasToString("lrsxte");
        assertThat(Rights.parse("lrswipkxtea").toCgp()).isEqualTo("lrswipcda");
        assertThat(Rights.parse("c")).isEqualTo(Rights.parse("k")); // RFC 4314 §2.1.1
        assertThat(Rights.parse("d")).isEqualTo(Rights.parse("xte"));

        bob.create("Projects/Old");
        bob.setAcl("Projects", "dave@other.org", StoreMode.REPLACE, Rights.fromCgp("lrsd"));
        bob.setAcl("Projects/Old", "dave@other.org", StoreMode.REPLACE, Rights.fromCgp("lrd"));
        append(bob, "Projects", "p", "\\Deleted");
        MailSession dave = store.session(DAVE);
        fails(MailError.NONEXISTENT, () -> dave.open("~bob/Projects")); // bob@other.org does not exist
        MailboxHandle h = dave.open("~bob@example.com/Projects");
        assertThat(dave.expunge(h, null)).isEqualTo(UidSet.of(1));
        dave.delete("~bob@example.com/Projects/Old"); // d = x on the mailbox
        assertThat(names(bob.list())).doesNotContain("Projects/Old");
        assertThat(dave.myRights("~bob@example.com/Projects").toCgp()).isEqualTo("lrsd");
    }

    @Test
    void folderAliasesActOnTheTargetWithGrantedRights() {
        bob.create("Travel-Schedule");
        bob.setAcl("Travel-Schedule", "alice@example.com", StoreMode.REPLACE, Rights.parse("lrsi"));
        bob.create("Private");
        alice.setAliases(Map.of("Travel", "~bob/Travel-Schedule", "Peek", "~bob/Private"));
        assertThat(alice.aliases()).containsEntry("Travel", "~bob/Travel-Schedule");
        List<MailboxInfo> list = alice.list();
        MailboxInfo travel = entry(list, "Travel");
        assertThat(travel.aliasTarget()).isEqualTo("~bob/Travel-Schedule");
        assertThat(travel.ownerAccountId()).isEqualTo(BOB);
        assertThat(travel.foreign()).isTrue();
        assertThat(travel.rights()).hasToString("lrsi");
        assertThat(names(list)).doesNotContain("Peek"); // no rights there: not listed

        long uid = append(alice, "Travel", "trip");
        assertThat(bob.select("Travel-Schedule", true).messages()).extracting(MessageState::uid).containsExactly(uid);
        assertThat(store.quota(BOB).messagesUsed()).isEqualTo(1);
        assertThat(alice.quota().messagesUsed()).isZero();
        assertThat(alice.select("Travel", true).exists()).isEqualTo(1);
        fails(MailError.NO_PERMISSION, () -> alice.delete("Travel"));
        fails(MailError.NONEXISTENT, () -> alice.open("Peek"));

        fails(MailError.ALREADY_EXISTS, () -> alice.setAliases(Map.of("Sent", "~bob/Travel-Schedule")));
        fails(MailError.INVALID_ARGUMENT, () -> alice.setAliases(Map.of("X", "Travel-Schedule")));
        alice.setAliases(Map.of());
        assertThat(names(alice.list())).doesNotContain("Travel");
    }

    @Test
    void crossAccountCopyChargesTheDestinationOwner() {
        bob.create("Shared");
        bob.setAcl("Shared", "alice@example.com", StoreMode.REPLACE, Rights.parse("lri"));
        append(alice, "INBOX", "to share");
        CopyResult r = alice.copy(alice.open("INBOX"), UidSet.of(1), "~bob/Shared");
        assertThat(r.destinationUids()).containsExactly(1L);
        assertThat(store.quota(BOB).messagesUsed()).isEqualTo(1);
        assertThat(alice.quota().messagesUsed()).isEqualTo(1);
        fails(MailError.NO_PERMISSION, () -> alice.move(alice.open("~bob/Shared"), UidSet.of(1), "INBOX"));

        // a move the destination owner's quota refuses changes nothing on either side
        limits.put(BOB, new QuotaLimits(Long.MAX_VALUE, 1));
        fails(MailError.OVER_QUOTA, () -> alice.move(alice.open("INBOX"), UidSet.of(1), "~bob/Shared"));
        assertThat(alice.select("INBOX", true).exists()).isEqualTo(1);
        assertThat(store.quota(BOB).messagesUsed()).isEqualTo(1);
        limits.remove(BOB);
        CopyResult moved = alice.move(alice.open("INBOX"), UidSet.of(1), "~bob/Shared");
        assertThat(moved.destinationUids()).containsExactly(2L);
        assertThat(alice.quota().messagesUsed()).isZero();
        assertThat(store.quota(BOB).messagesUsed()).isEqualTo(2);
        assertThat(badRefcounts()).isZero();
    }

    // ------------------------------------------------------------ change feed

    @Test
    void changesArePublishedToOtherSubscribers() {
        List<MailEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<MailEvent> bobs = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ChangeFeed.Subscription sub = feed.subscribe(ALICE, seen::add);
                ChangeFeed.Subscription sub2 = feed.subscribe(BOB, bobs::add)) {
            AppendResult a = alice.append("INBOX", new AppendMessage(msg("e1")));
            MailboxHandle h = alice.open("INBOX");
            StoreResult st = alice.store(h, UidSet.of(1), StoreMode.ADD, Flags.of("\\Deleted"), -1);
            UidSet gone = alice.expunge(h, null);
            alice.create("Ev");
            alice.rename("Ev", "Ev2");
            alice.delete("Ev2");
            alice.subscribe("Elsewhere");
            store.deliver(msg("d"), List.of(new DeliveryTarget(ALICE)), null);
            bob.create("Shared");
            bob.setAcl("Shared", "alice@example.com", StoreMode.REPLACE, Rights.parse("lri"));
            append(alice, "~bob/Shared", "into bob's");

            assertThat(seen).hasSize(8);
            assertThat(seen.get(0)).isEqualTo(new MailEvent.MessagesAdded(ALICE, alice.id(), h.mailboxId(), UidSet.of(1), a.modseq(), 2));
            assertThat(seen.get(1)).isEqualTo(new MailEvent.FlagsChanged(ALICE, alice.id(), h.mailboxId(), UidSet.of(1),
                    st.changed().getFirst().modseq()));
            assertThat(seen.get(2)).isEqualTo(new MailEvent.MessagesExpunged(ALICE, alice.id(), h.mailboxId(), gone,
                    st.changed().getFirst().modseq() + 1));
            assertThat(seen.get(3)).isInstanceOf(MailEvent.MailboxCreated.class);
            assertThat(seen.get(4)).isInstanceOfSatisfying(MailEvent.MailboxRenamed.class,
                    e -> assertThat(e.newName()).isEqualTo("Ev2"));
            assertThat(seen.get(5)).isInstanceOf(MailEvent.MailboxDeleted.class);
            assertThat(seen.get(6)).isEqualTo(new MailEvent.SubscriptionChanged(ALICE, alice.id(), "Elsewhere", true));
            assertThat(seen.get(7)).isInstanceOfSatisfying(MailEvent.MessagesAdded.class, e -> {
                assertThat(e.origin()).isZero();
                assertThat(e.uids()).isEqualTo(UidSet.of(2));
            });
            // a session watching bob's shared mailbox sees alice's append there
            assertThat(bobs.getLast()).isInstanceOfSatisfying(MailEvent.MessagesAdded.class, e -> {
                assertThat(e.origin()).isEqualTo(alice.id());
                assertThat(e.mailboxId()).isEqualTo(bob.open("Shared").mailboxId());
            });
        }
        int before = seen.size();
        append(alice, "INBOX", "after close");
        assertThat(seen).hasSize(before);
    }

    // ------------------------------------------------------------ concurrency, durability

    @Test
    void concurrentAppendsGetDistinctConsecutiveUids() throws Exception {
        List<Long> uids = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 200; i++) {
                    uids.addAll(alice.append("INBOX", new AppendMessage(msg("t" + thread + "-" + i))).uids());
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(uids).hasSize(1600).doesNotHaveDuplicates();
        assertThat(uids.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(1600);
        MailboxSnapshot s = alice.select("INBOX", true);
        assertThat(s.exists()).isEqualTo(1600);
        assertThat(s.uidNext()).isEqualTo(1601);
        assertThat(alice.quota().messagesUsed()).isEqualTo(1600);
        assertThat(badRefcounts()).isZero();
        assertThat(alice.readContent(s.mailbox(), 1600, 0, 1000)).startsWith("From:".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void concurrentFlagUpdatesAreNotLost() throws Exception {
        for (int i = 0; i < 30; i++) {
            append(alice, "INBOX", "f" + i);
        }
        MailboxHandle h = alice.open("INBOX");
        List<String> flags = List.of("\\Seen", "\\Flagged", "\\Answered", "k0", "k1", "k2", "k3", "k4");
        List<Thread> threads = new ArrayList<>();
        for (String f : flags) {
            MailSession s = store.session(ALICE);
            threads.add(Thread.ofVirtual().start(() -> {
                for (long uid = 1; uid <= 30; uid++) {
                    s.store(h, UidSet.of(uid), StoreMode.ADD, Flags.of(f), -1);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        MailboxSnapshot snap = alice.select("INBOX", true);
        assertThat(snap.messages()).allSatisfy(m -> assertThat(m.flags().names()).hasSize(8));
        // every STORE that changed something got its own modseq
        assertThat(snap.highestModseq()).isEqualTo(alice.status("INBOX").highestModseq());
        assertThat(snap.messages().stream().mapToLong(MessageState::modseq).distinct().count()).isEqualTo(30);
    }

    @Test
    void killedWhileAppendingLosesNoAcknowledgedMessage() throws Exception {
        stop();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                CrashAppender.class.getName()));
        cmd.addAll(backend.childArgs());
        Process child = new ProcessBuilder(cmd).redirectError(tmp.resolve("child.err").toFile()).start();
        Map<Long, Integer> acked = new HashMap<>();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String line;
            while (acked.size() < 200 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] p = line.split(" ");
                    acked.put(Long.parseLong(p[1]), Integer.parseInt(p[2]));
                }
            }
            child.destroyForcibly(); // SIGKILL mid-run
            child.waitFor();
        }
        assertThat(acked).as("child output; see child.err").hasSizeGreaterThanOrEqualTo(200);
        start();
        MailboxSnapshot s = alice.select("INBOX", true);
        Set<Long> present = new java.util.HashSet<>();
        long size = 0;
        for (MessageState m : s.messages()) {
            present.add(m.uid());
            size += m.size();
            assertThat(m.uid()).isLessThan(s.uidNext());
            assertThat(m.modseq()).isLessThanOrEqualTo(s.highestModseq());
        }
        assertThat(present).containsAll(acked.keySet());
        for (Map.Entry<Long, Integer> e : acked.entrySet()) {
            assertThat(alice.readContent(s.mailbox(), e.getKey(), 0, 10_000)).isEqualTo(CrashAppender.message(e.getValue()));
        }
        for (MessageMeta m : alice.fetch(s.mailbox(), UidSet.all(), false)) {
            assertThat(blobs.size(m.blob())).isEqualTo(m.size());
        }
        assertThat(alice.quota().messagesUsed()).isEqualTo(s.exists());
        assertThat(alice.quota().storageUsed()).isEqualTo(size);
        assertThat(badRefcounts()).isZero();
        long next = append(alice, "INBOX", "after the crash");
        assertThat(next).isGreaterThanOrEqualTo(s.uidNext());
    }

    @Test
    void structuresAreSharedAcrossFetchesAndSurviveADamagedRow() {
        MailboxHandle h = alice.open("INBOX");
        int n = 300; // more than one lookup batch
        for (int i = 1; i <= n; i++) {
            append(alice, "INBOX", "s" + i);
        }
        List<MessageMeta> first = alice.fetch(h, UidSet.all(), true);
        assertThat(first).hasSize(n);
        assertThat(first).allSatisfy(m -> assertThat(m.parsed().envelope().subject()).isEqualTo("s" + m.uid()));
        assertThat(alice.fetch(h, UidSet.range(7, 9), true)).extracting(m -> m.parsed().baseSubject())
                .containsExactly("s7", "s8", "s9");

        damageStructures();
        restart();
        MailboxHandle h2 = alice.open("INBOX");
        List<MessageMeta> recomputed = alice.fetch(h2, UidSet.range(1, 3), true);
        assertThat(recomputed).extracting(m -> m.parsed().envelope().subject()).containsExactly("s1", "s2", "s3");
        assertThat(alice.fetch(h2, UidSet.range(1, 3), false)).allMatch(m -> m.parsed() == null);
    }
}
