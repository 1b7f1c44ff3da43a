package org.parley.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.imap.codec.SortCriterion;
import org.parley.imap.codec.SortCriterion.Key;

/** SORT (RFC 5256 §3, RFC 5957) on the fixture mailbox and on hand-built ties. */
class SorterTest {
    private static final FixtureMailbox MAILBOX = FixtureMailbox.load();

    static Stream<Arguments> fixtureOrders() {
        return Stream.of(
                Arguments.of("ARRIVAL", "14 1 2 3 4 5 6 7 8 10 11 9 12 13 15 16 17 18 19 20"),
                Arguments.of("REVERSE ARRIVAL", "20 19 18 17 16 15 13 12 9 11 10 8 7 6 5 4 3 2 1 14"),
                // 7's Date is a day before it arrived; 5, 9 and 17 have no valid Date
                Arguments.of("DATE", "14 1 2 3 7 4 5 6 8 10 11 9 12 13 15 16 17 18 19 20"),
                Arguments.of("SIZE", "17 10 9 13 14 11 19 18 5 12 8 16 20 1 2 4 3 15 6 7"),
                // base subjects; "" first, "École" after ASCII (i;ascii-casemap folds only A-Z)
                Arguments.of("SUBJECT", "10 7 4 11 15 3 18 14 5 6 9 1 2 20 13 8 12 19 17 16"),
                Arguments.of("FROM", "10 17 1 20 2 5 6 4 9 11 12 13 3 14 15 8 16 7 19 18"),
                // ties (1, 20) stay in sequence order under REVERSE
                Arguments.of("REVERSE FROM", "18 19 7 16 8 15 14 3 13 12 11 9 4 6 5 2 1 20 17 10"),
                // 8's To is a group: its name is the key
                Arguments.of("TO", "10 17 2 3 6 9 12 13 14 1 4 7 11 15 16 20 5 8 19 18"),
                Arguments.of("CC", "1 3 4 5 6 7 8 9 10 11 13 14 15 16 17 18 19 20 2 12"),
                Arguments.of("DISPLAYFROM", "10 17 1 20 2 5 6 9 4 11 12 13 14 3 15 8 16 7 19 18"),
                Arguments.of("DISPLAYTO", "10 17 2 6 3 9 12 13 14 1 4 7 11 15 16 20 5 8 19 18"),
                Arguments.of("SUBJECT REVERSE DATE", "10 7 4 11 15 3 18 14 6 5 9 20 2 1 13 12 8 19 17 16"),
                Arguments.of("REVERSE SUBJECT ARRIVAL", "16 17 19 8 12 13 1 2 20 9 5 6 14 18 3 15 11 4 7 10"));
    }

    @ParameterizedTest(name = "SORT ({0})")
    @MethodSource("fixtureOrders")
    void sortsTheFixtureMailbox(String criteria, String expected) {
        List<SearchItem> shuffled = new ArrayList<>(MAILBOX.items);
        Collections.shuffle(shuffled, new Random(criteria.hashCode()));
        assertThat(seqs(Sorter.sort(shuffled, criteria(criteria)))).isEqualTo(expected);
    }

    @Test
    void exactTiesKeepSequenceOrderEvenReversed() {
        List<SearchItem> items = new ArrayList<>();
        long[] sizes = {500, 100, 500, 300, 100, 500};
        for (int i = 0; i < sizes.length; i++) {
            items.add(TestMessages.withSize(TestMessages.item(i + 1, i + 1, TestMessages.T0, "Subject: s"), sizes[i]));
        }
        Collections.reverse(items);
        assertThat(seqs(Sorter.sort(items, criteria("SIZE")))).isEqualTo("2 5 4 1 3 6");
        assertThat(seqs(Sorter.sort(items, criteria("REVERSE SIZE")))).isEqualTo("1 3 6 4 2 5");
        // same arrival time for all: sequence order decides
        assertThat(seqs(Sorter.sort(items, criteria("ARRIVAL")))).isEqualTo("1 2 3 4 5 6");
        assertThat(seqs(Sorter.sort(items, criteria("REVERSE ARRIVAL")))).isEqualTo("1 2 3 4 5 6");
    }

    @Test
    void subjectsCompareByTheirBaseSubject() {
        // RFC 5256 §2.1: all of these reduce to "test" and tie; "Re: a" sorts as "a"
        String[] subjects = {
            "Re: test", "RE: [fwd: Test]", "[list] Re: test (fwd)", "Fwd: Re: TEST", "test", "Re: a",
            "=?utf-8?q?Re=3A_Test?=", "Re[2]: test", "b"
        };
        List<SearchItem> items = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            items.add(TestMessages.item(i + 1, i + 1, TestMessages.T0, "Subject: " + subjects[i]));
        }
        Collections.shuffle(items, new Random(7));
        assertThat(seqs(Sorter.sort(items, criteria("SUBJECT")))).isEqualTo("6 9 1 2 3 4 5 7 8");
    }

    @Test
    void dateFallsBackToTheInternalDateAndComparesInUtc() {
        Instant t = TestMessages.T0;
        List<SearchItem> items = List.of(
                // 10:30 UTC, written in +0200
                TestMessages.item(1, 1, t.plusSeconds(9000), "Date: Wed, 01 May 2024 12:30:00 +0200"),
                // no Date: arrived 10:15 UTC
                TestMessages.item(2, 2, t.plusSeconds(900), "Subject: no date"),
                // unparsable Date: arrived 10:45 UTC
                TestMessages.item(3, 3, t.plusSeconds(2700), "Date: yesterday-ish"),
                // 10:20 UTC written in -0500
                TestMessages.item(4, 4, t.plusSeconds(99_999), "Date: Wed, 01 May 2024 05:20:00 -0500"));
        assertThat(seqs(Sorter.sort(items, criteria("DATE")))).isEqualTo("2 4 1 3");
        assertThat(seqs(Sorter.sort(items, criteria("ARRIVAL")))).isEqualTo("2 3 1 4");
    }

    @Test
    void messagesWithoutStructureSortAsEmptyKeys() {
        List<SearchItem> items = List.of(
                TestMessages.item(1, 1, TestMessages.T0.plusSeconds(60), "From: b@example.com\nSubject: b"),
                TestMessages.withoutStructure(TestMessages.item(2, 2, TestMessages.T0.plusSeconds(30), "From: a@x\nSubject: a")),
                TestMessages.item(3, 3, TestMessages.T0, "From: a@example.com\nSubject: a"));
        assertThat(seqs(Sorter.sort(items, criteria("FROM")))).isEqualTo("2 3 1");
        assertThat(seqs(Sorter.sort(items, criteria("SUBJECT")))).isEqualTo("2 3 1");
        assertThat(seqs(Sorter.sort(items, criteria("DATE")))).isEqualTo("3 2 1");
    }

    @Test
    void stringsCompareByCodePoint() {
        // U+FF21 (fullwidth A) is below U+1F600 in code points, above its surrogates in UTF-16
        assertThat(Sorter.compareCodePoints("\uFF21", "\uD83D\uDE00")).isNegative();
        assertThat(Sorter.compareCodePoints("\uD83D\uDE00", "\uFF21")).isPositive();
        assertThat(Sorter.compareCodePoints("ab", "abc")).isNegative();
        assertThat(Sorter.compareCodePoints("", "")).isZero();
        assertThat(Sorter.compareCodePoints("z", "é")).isNegative();
    }

    @Test
    void emptyInput() {
        assertThat(Sorter.sort(List.of(), criteria("DATE"))).isEmpty();
    }

    /** "REVERSE SUBJECT ARRIVAL" → criteria. */
    static List<SortCriterion> criteria(String text) {
        List<SortCriterion> out = new ArrayList<>();
        boolean reverse = false;
        for (String word : text.split(" ")) {
            if (word.equals("REVERSE")) {
                reverse = true;
            } else {
                out.add(new SortCriterion(Key.valueOf(word), reverse));
                reverse = false;
            }
        }
        return out;
    }

    static String seqs(List<SearchItem> items) {
        return String.join(" ", items.stream().map(i -> Integer.toString(i.seq())).toList());
    }
}
