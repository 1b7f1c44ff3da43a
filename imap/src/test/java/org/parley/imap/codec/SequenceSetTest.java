package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SequenceSetTest {
    @Test
    void resolvesStarOrdersClipsAndMerges() {
        SequenceSet s = SequenceSet.parse("7:3,2,9:*,20:25");
        assertThat(s.usesStar()).isTrue();
        assertThat(s.resolve(12).toString()).isEqualTo("2:7,9:12");
        assertThat(s.count(12)).isEqualTo(10);
        assertThat(s.stream(12).toArray()).containsExactly(2, 3, 4, 5, 6, 7, 9, 10, 11, 12);
    }

    @Test
    void starBeyondTheEndStillMatchesTheLast() {
        // RFC 9051 §6.4.8: UID range 5:* with highest UID 3 contains 3
        SequenceSet s = SequenceSet.parse("5:*");
        assertThat(s.resolve(3).toString()).isEqualTo("3");
        assertThat(s.contains(3, 3)).isTrue();
        assertThat(s.contains(4, 3)).isFalse();
    }

    @Test
    void emptyMailbox() {
        assertThat(SequenceSet.parse("1:*").resolve(0).isEmpty()).isTrue();
        assertThat(SequenceSet.parse("*").count(0)).isZero();
    }

    @Test
    void hugeRangesNeedNoMemory() {
        SequenceSet s = SequenceSet.parse("1:4294967295");
        assertThat(s.count(SequenceSet.MAX_NUMBER)).isEqualTo(4294967295L);
        assertThat(s.contains(4000000000L, SequenceSet.MAX_NUMBER)).isTrue();
        SequenceSet resolved = SequenceSet.parse("1:10,100:1000000000,5").resolve(SequenceSet.MAX_NUMBER);
        assertThat(resolved.contains(99, SequenceSet.MAX_NUMBER)).isFalse();
        assertThat(resolved.contains(100, SequenceSet.MAX_NUMBER)).isTrue();
        assertThat(resolved.contains(1000000001, SequenceSet.MAX_NUMBER)).isFalse();
        assertThat(resolved.toString()).isEqualTo("1:10,100:1000000000");
    }

    @Test
    void containsWithoutResolving() {
        SequenceSet s = SequenceSet.parse("10:5,*");
        assertThat(s.contains(7, 20)).isTrue();
        assertThat(s.contains(20, 20)).isTrue();
        assertThat(s.contains(19, 20)).isFalse();
        assertThat(s.contains(0, 20)).isFalse();
    }

    @Test
    void ofNumbersKeepsOrderAndFoldsRuns() {
        assertThat(SequenceSet.ofNumbers(1, 2, 3, 7, 9, 10).toString()).isEqualTo("1:3,7,9:10");
        assertThat(SequenceSet.ofNumbers(10, 11, 3, 4).toString()).isEqualTo("10:11,3:4");
        assertThat(SequenceSet.ofNumbers().isEmpty()).isTrue();
        assertThat(SequenceSet.ofNumbers(1, 2, 3).contains(2, 3)).isTrue();
    }

    @Test
    void savedResultMustBeSubstitutedFirst() {
        assertThat(SequenceSet.parse("$")).isSameAs(SequenceSet.SAVED);
        assertThat(SequenceSet.SAVED.toString()).isEqualTo("$");
        assertThatThrownBy(() -> SequenceSet.SAVED.resolve(5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsInvalidText() {
        for (String bad : new String[] {"", "0", "1:", ":2", "a", "1,,2", "4294967296", "1:2:3"}) {
            assertThatThrownBy(() -> SequenceSet.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void equality() {
        assertThat(SequenceSet.parse("1:3")).isEqualTo(SequenceSet.range(1, 3)).hasSameHashCodeAs(SequenceSet.range(1, 3));
        assertThat(SequenceSet.parse("3:1")).isNotEqualTo(SequenceSet.range(1, 3));
    }
}
