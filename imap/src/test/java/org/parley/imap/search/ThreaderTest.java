package org.parley.imap.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.imap.search.TestMessages.threaded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.imap.codec.ThreadAlgorithm;
import org.parley.imap.codec.ThreadNode;

/** THREAD (RFC 5256 §4) on hand-built message sets with known trees. */
class ThreaderTest {
    private static final FixtureMailbox MAILBOX = FixtureMailbox.load();

    @Test
    void referencesOnTheFixtureMailbox() {
        // 2 answers 1, 20 answers 2, 12 answers 8 (In-Reply-To); 6 "Fwd: Meeting" joins 5 by subject
        assertThat(thread(MAILBOX.items, ThreadAlgorithm.REFERENCES))
                .isEqualTo("(14)(1 2 20)(3)(7)(4)(5 6)(8 12)(10)(11)(9)(13)(15)(16)(17)(18)(19)");
        assertThat(TestMessages.render(Threader.thread(MAILBOX.items, ThreadAlgorithm.REFERENCES, true)))
                .isEqualTo("(21)(3 5 40)(6)(11)(7)(9 10)(12 17)(15)(16)(14)(20)(22)(25)(26)(30)(31)");
    }

    @Test
    void orderedSubjectOnTheFixtureMailbox() {
        assertThat(thread(MAILBOX.items, ThreadAlgorithm.ORDEREDSUBJECT))
                .isEqualTo("(14)(1 (2)(20))(3)(7)(4)(5 6)(8 12)(10)(11)(9)(13)(15)(16)(17)(18)(19)");
    }

    @Test
    void orderedSubjectGroupsByBaseSubjectAndSortsByFirstMessage() {
        List<SearchItem> items = List.of(
                threaded(1, "<a@x>", null, "Hello", 20),
                threaded(2, "<b@x>", null, "Re: hello", 0),
                threaded(3, "<c@x>", "<a@x>", "World", 10),
                threaded(4, "<d@x>", null, "[list] HELLO", 30),
                threaded(5, "<e@x>", null, "Hello", 20));
        // the thread's first message is the parent of all others (no grandchildren)
        assertThat(thread(items, ThreadAlgorithm.ORDEREDSUBJECT)).isEqualTo("(2 (1)(5)(4))(3)");
    }

    @Test
    void theRfcExampleShape() {
        List<SearchItem> items = List.of(
                threaded(2, "<m2@x>", null, "Other", 0),
                threaded(3, "<m3@x>", null, "Topic", 1),
                threaded(6, "<m6@x>", "<m3@x>", "Re: Topic", 2),
                threaded(4, "<m4@x>", "<m3@x> <m6@x>", "Re: Topic", 3),
                threaded(23, "<m23@x>", "<m3@x> <m6@x> <m4@x>", "Re: Topic", 4),
                threaded(44, "<m44@x>", "<m3@x> <m6@x>", "Re: Topic", 5),
                threaded(7, "<m7@x>", "<m3@x> <m6@x> <m44@x>", "Re: Topic", 6),
                threaded(96, "<m96@x>", "<m3@x> <m6@x> <m44@x> <m7@x>", "Re: Topic", 7));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(2)(3 6 (4 23)(44 7 96))");
    }

    @Test
    void missingParentsBecomeDummiesAndArePruned() {
        List<SearchItem> items = List.of(
                threaded(1, "<a@x>", null, "Alpha", 0),
                // parent <b@x> is not there: 2 moves up to <a@x>
                threaded(2, "<c@x>", "<a@x> <b@x>", "Re: Alpha", 1),
                // two replies to a missing <m@x>: the dummy stays as their common parent
                threaded(3, "<d@x>", "<m@x>", "Delta", 2),
                threaded(4, "<e@x>", "<m@x>", "Epsilon", 3),
                // one reply to a missing message: promoted to the root
                threaded(5, "<f@x>", "<y@x>", "Phi", 4));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(1 2)((3)(4))(5)");
    }

    @Test
    void loopsInReferencesAreNotFollowed() {
        List<SearchItem> items = List.of(
                threaded(1, "<a@x>", "<b@x>", "One", 0),
                threaded(2, "<b@x>", "<a@x>", "Two", 1),
                threaded(3, "<c@x>", "<d@x> <e@x>", "Three", 2),
                threaded(4, "<d@x>", "<e@x> <c@x>", "Four", 3),
                threaded(5, "<e@x>", "<c@x> <d@x>", "Five", 4),
                threaded(6, "<s@x>", "<s@x>", "Self", 5));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(2 1)(4 5 3)(6)");
    }

    @Test
    void aDuplicateMessageIdBelongsToTheFirstMessage() {
        List<SearchItem> items = List.of(
                threaded(1, "<x@x>", null, "First", 0),
                threaded(2, "<x@x>", null, "Second", 1),
                threaded(3, "<y@x>", "<x@x>", "Third", 2),
                threaded(4, null, "<x@x>", "Fourth", 3));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(1 (3)(4))(2)");
    }

    @Test
    void theLastReferenceReplacesAGuessedParent() {
        List<SearchItem> items = List.of(
                threaded(1, "<p@x>", null, "P", 0),
                // guesses <m@x> is a child of <q@x>
                threaded(2, "<x@x>", "<p@x> <q@x> <m@x>", "X", 1),
                // <m@x> itself says its parent is <p@x>; the dummy <q@x> is left empty and pruned
                threaded(3, "<m@x>", "<p@x>", "M", 2));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(1 3 2)");
    }

    @Test
    void quotingInMessageIdsIsNormalized() {
        List<SearchItem> items = List.of(
                threaded(1, "<\"01KF8JCEOCBS0045PS\"@xxx.yyy.com>", null, "Q", 0),
                threaded(2, "<b@x>", "<01KF8JCEOCBS0045PS@xxx.yyy.com>", "Unrelated", 1));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(1 2)");
        assertThat(ReferencesThreader.normalize("<\"a\\\"b\"@x>")).isEqualTo("<a\"b@x>");
        assertThat(ReferencesThreader.normalize(null)).isNull();
    }

    @Test
    void threadsWithTheSameBaseSubjectAreMerged() {
        List<SearchItem> items = List.of(
                threaded(1, "<a@x>", null, "Hello", 0),
                threaded(2, "<b@x>", null, "Re: Hello", 1), // a reply joins the original
                threaded(3, "<c@x>", null, "Topic", 2),
                threaded(4, "<d@x>", null, "topic", 3), // neither a reply: a dummy holds both
                threaded(5, "<e@x>", null, "Re: News", 4),
                threaded(6, "<f@x>", null, "Re: News", 5), // both replies: a dummy holds both
                threaded(7, "<g@x>", "<m@x>", "Dummies", 6),
                threaded(8, "<h@x>", "<m@x>", "Dummies", 7),
                threaded(9, "<i@x>", "<n@x>", "Re: dummies", 8),
                threaded(10, "<j@x>", "<n@x>", "dummies", 9), // two dummies: their children merge
                threaded(11, "<k@x>", null, "Fwd: Report", 10),
                threaded(12, "<l@x>", null, "Report", 11), // the original wins over the forward
                threaded(13, "<p@x>", null, "", 12),
                threaded(14, "<q@x>", null, "Re:", 13)); // empty base subjects are not merged
        assertThat(thread(items, ThreadAlgorithm.REFERENCES))
                .isEqualTo("(1 2)((3)(4))((5)(6))((7)(8)(9)(10))(12 11)(13)(14)");
    }

    @Test
    void messagesWithoutStructureThreadAlone() {
        List<SearchItem> items = List.of(
                threaded(1, "<a@x>", null, "Hello", 0),
                TestMessages.withoutStructure(threaded(2, "<b@x>", "<a@x>", "Re: Hello", 1)));
        assertThat(thread(items, ThreadAlgorithm.REFERENCES)).isEqualTo("(1)(2)");
        // without a Date its internal date (a day later) is its sent date
        assertThat(thread(items, ThreadAlgorithm.ORDEREDSUBJECT)).isEqualTo("(1)(2)");
        assertThat(Threader.thread(List.of(), ThreadAlgorithm.REFERENCES)).isEmpty();
    }

    @Test
    void aDeepChainNeedsNoStack() {
        int n = 20_000;
        List<SearchItem> items = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            List<String> refs = i == 1 ? List.of() : List.of("<" + (i - 1) + "@x>");
            items.add(TestMessages.synthetic(i, "<" + i + "@x>", refs, "chain", i));
        }
        Collections.shuffle(items, new Random(1));
        List<ThreadNode> threads = Threader.thread(items, ThreadAlgorithm.REFERENCES);
        ThreadShape shape = ThreadShape.of(threads);
        assertThat(shape.messages()).hasSize(n);
        assertThat(shape.depth()).isEqualTo(n);
        assertThat(TestMessages.render(threads)).startsWith("(1 2 3 ").endsWith(" 19999 20000)");
    }

    private static String thread(List<SearchItem> items, ThreadAlgorithm algorithm) {
        List<SearchItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(items.size()));
        return TestMessages.render(Threader.thread(shuffled, algorithm));
    }
}
