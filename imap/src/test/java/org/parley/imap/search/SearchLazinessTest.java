package org.parley.imap.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.store.mail.MessageMeta;
import org.parley.store.message.MessageBytes;

/** The content is opened only where the cheap keys leave the answer open, once, and released. */
class SearchLazinessTest {
    private static final FixtureMailbox MAILBOX = FixtureMailbox.load();

    private static FixtureMailbox.CountingSource run(String args, List<Integer> expected) throws IOException {
        FixtureMailbox.CountingSource source = MAILBOX.source();
        List<SearchItem> hits = new SearchEvaluator(source)
                .filter(MAILBOX.items, FixtureMailbox.parse(args), MAILBOX.context(List.of()));
        assertThat(SearchEvaluatorTest.seqs(hits)).containsExactlyElementsOf(expected);
        assertThat(source.released.get()).isEqualTo(source.opened.get());
        return source;
    }

    @Test
    void cheapKeysRunFirstWhateverTheirPosition() throws IOException {
        // FLAGGED: 3 (UID 6) and 20 (UID 40); only those two are read
        assertThat(run("BODY numbers FLAGGED", List.of(20)).openedUids).containsExactly(6L, 40L);
    }

    @Test
    void orDecidedByAFlagReadsNothing() throws IOException {
        // the six seen messages are decided by SEEN; the other 14 need their bodies
        FixtureMailbox.CountingSource s = run("OR BODY pineapple SEEN", List.of(1, 2, 8, 13, 14, 15, 20));
        assertThat(s.opened.get()).isEqualTo(14);
    }

    @Test
    void envelopeKeysNeedNoContent() throws IOException {
        assertThat(run("FROM alice SUBJECT report SENTSINCE 1-Mar-2024", List.of(1, 20)).opened.get()).isZero();
    }

    @Test
    void threeValuedEvaluationDecidesAcrossNotAndOr() throws IOException {
        // NOT (OR UNDELETED BODY x) is false for every undeleted message, so the other, costlier
        // half is never looked at there; only the deleted message 4 (UID 7) is read
        FixtureMailbox.CountingSource s = run("(OR SEEN BODY numbers) NOT (OR UNDELETED BODY \"café\")", List.of());
        assertThat(s.openedUids).containsExactly(7L);
    }

    @Test
    void eachMessageIsOpenedOnceForSeveralContentKeys() throws IOException {
        FixtureMailbox.CountingSource s = run("TEXT report BODY numbers HEADER Subject report", List.of(1, 2, 20));
        assertThat(s.openedUids).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aReadErrorFailsTheSearchAndStillReleases() {
        FixtureMailbox.CountingSource broken = new FixtureMailbox.CountingSource(MAILBOX.raw) {
            @Override
            public MessageBytes content(MessageMeta meta) throws IOException {
                if (meta.uid() == 10) {
                    throw new IOException("disk on fire");
                }
                return super.content(meta);
            }
        };
        SearchEvaluator e = new SearchEvaluator(broken);
        assertThatThrownBy(() -> e.filter(MAILBOX.items, FixtureMailbox.parse("BODY x"), MAILBOX.context(List.of())))
                .isInstanceOf(IOException.class)
                .hasMessage("disk on fire");
        assertThat(broken.released.get()).isEqualTo(broken.opened.get()).isEqualTo(5);
    }
}
