package org.parley.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.imap.codec.SearchKey;
import org.parley.imap.codec.SequenceSet;

/** Every SEARCH key over the fixture mailbox, table-driven from {@code search-cases.txt}. */
class SearchEvaluatorTest {
    private static final FixtureMailbox MAILBOX = FixtureMailbox.load();
    private static final List<Long> SAVED = List.of(5L, 12L, 40L, 999L);

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String line : FixtureMailbox.resource("search-cases.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.lastIndexOf("=>");
            String args = line.substring(0, arrow).strip();
            String expected = line.substring(arrow + 2).strip();
            out.add(Arguments.of(args, expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "SEARCH {0} => {1}")
    @MethodSource("cases")
    void matchesTheTable(String args, String expected) throws IOException {
        SearchKey key = FixtureMailbox.parse(args);
        FixtureMailbox.CountingSource source = MAILBOX.source();
        List<SearchItem> hits = new SearchEvaluator(source).filter(MAILBOX.items, key, MAILBOX.context(SAVED));
        assertThat(seqs(hits)).as("SEARCH " + args).containsExactlyElementsOf(expectedSeqs(expected));
        // content is opened only for keys that need it, and always handed back
        if (!SearchEvaluator.needsContent(key)) {
            assertThat(source.opened.get()).as("content opened for SEARCH " + args).isZero();
        }
        assertThat(source.released.get()).isEqualTo(source.opened.get());
    }

    @ParameterizedTest(name = "SEARCH {0} without structure")
    @MethodSource("cases")
    void givesTheSameAnswerWhenTheStructureWasNotFetched(String args, String expected) throws IOException {
        SearchKey key = FixtureMailbox.parse(args);
        FixtureMailbox.CountingSource source = MAILBOX.source();
        List<SearchItem> hits =
                new SearchEvaluator(source).filter(MAILBOX.withoutStructure(), key, MAILBOX.context(SAVED));
        assertThat(seqs(hits)).as("SEARCH " + args).containsExactlyElementsOf(expectedSeqs(expected));
        if (!SearchEvaluator.needsStructure(key)) {
            assertThat(source.opened.get()).isZero();
        }
    }

    @Test
    void charsetDecodedStringsMatchDecodedSubjects() throws IOException {
        // SEARCH CHARSET ISO-8859-1 SUBJECT {4}caf<e9> — the codec hands over "café"
        byte[] head = "a SEARCH CHARSET ISO-8859-1 SUBJECT {4}\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] literal = "café\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] command = new byte[head.length + literal.length];
        System.arraycopy(head, 0, command, 0, head.length);
        System.arraycopy(literal, 0, command, head.length, literal.length);
        SearchKey key = FixtureMailbox.parseBytes(command);
        assertThat(key).isEqualTo(new SearchKey.And(List.of(new SearchKey.Subject("café"))));
        assertThat(seqs(filter(key))).containsExactly(4);
        // and the UTF-8 literal of the same subject in the other charset the RFC requires
        assertThat(seqs(filter(FixtureMailbox.parse("CHARSET UTF-8 SUBJECT \"CAFÉ\"")))).containsExactly(4);
    }

    @Test
    void dollarWithoutASavedResultMatchesNothing() throws IOException {
        SearchEvaluator e = new SearchEvaluator(MAILBOX.source());
        assertThat(e.filter(MAILBOX.items, FixtureMailbox.parse("$"), MAILBOX.context(null))).isEmpty();
        assertThat(e.filter(MAILBOX.items, FixtureMailbox.parse("NOT UID $"), MAILBOX.context(List.of())))
                .hasSize(20);
    }

    @Test
    void starFollowsTheContextNotTheItems() throws IOException {
        // the session's view has 20 messages and UIDs up to 40, whatever subset it passes in
        List<SearchItem> firstThree = MAILBOX.items.subList(0, 3);
        SearchContext ctx = MAILBOX.context(List.of());
        SearchEvaluator e = new SearchEvaluator(MAILBOX.source());
        assertThat(e.filter(firstThree, FixtureMailbox.parse("*"), ctx)).isEmpty();
        assertThat(e.filter(firstThree, FixtureMailbox.parse("2:*"), ctx)).extracting(SearchItem::seq).containsExactly(2, 3);
        SearchContext empty = new SearchContext(0, 0, List.of(), FixtureMailbox.CLOCK);
        assertThat(e.filter(List.of(), FixtureMailbox.parse("UID 1:*"), empty)).isEmpty();
    }

    @Test
    void resultKeepsInputOrder() throws IOException {
        List<SearchItem> reversed = new ArrayList<>(MAILBOX.items);
        java.util.Collections.reverse(reversed);
        List<SearchItem> hits = new SearchEvaluator(MAILBOX.source())
                .filter(reversed, FixtureMailbox.parse("OR FLAGGED DELETED"), MAILBOX.context(List.of()));
        assertThat(seqs(hits)).containsExactly(20, 4, 3);
    }

    @Test
    void tellsWhatDataAKeyNeeds() {
        assertThat(SearchEvaluator.needsStructure(FixtureMailbox.parse("SEEN UID 1:* LARGER 5 OLDER 5 MODSEQ 4"))).isFalse();
        assertThat(SearchEvaluator.needsStructure(FixtureMailbox.parse("NOT OR SEEN FROM x"))).isTrue();
        assertThat(SearchEvaluator.needsStructure(FixtureMailbox.parse("SENTON 1-Jan-2020"))).isTrue();
        assertThat(SearchEvaluator.needsContent(FixtureMailbox.parse("FROM x SUBJECT y SENTBEFORE 1-Jan-2020"))).isFalse();
        assertThat(SearchEvaluator.needsContent(FixtureMailbox.parse("OR SEEN (NOT HEADER X-A b)"))).isTrue();
        assertThat(SearchEvaluator.needsContent(FixtureMailbox.parse("TEXT x"))).isTrue();
        assertThat(SearchEvaluator.needsStructure(FixtureMailbox.parse("BODY x"))).isTrue();
        assertThat(SearchEvaluator.needsContent(FixtureMailbox.parse("BODY \"\""))).isFalse();
        assertThat(SearchEvaluator.usesModSeq(FixtureMailbox.parse("SEEN NOT (OR DRAFT MODSEQ 5)"))).isTrue();
        assertThat(SearchEvaluator.usesModSeq(FixtureMailbox.parse("SEEN"))).isFalse();
        assertThat(SearchEvaluator.highestModSeq(MAILBOX.items.subList(0, 5))).isEqualTo(21);
        assertThat(SearchEvaluator.highestModSeq(List.of())).isZero();
    }

    private static List<SearchItem> filter(SearchKey key) throws IOException {
        return new SearchEvaluator(MAILBOX.source()).filter(MAILBOX.items, key, MAILBOX.context(SAVED));
    }

    static List<Integer> seqs(List<SearchItem> items) {
        return items.stream().map(SearchItem::seq).toList();
    }

    private static List<Integer> expectedSeqs(String expected) {
        if (expected.equals("none")) {
            return List.of();
        }
        return SequenceSet.parse(expected).stream(SequenceSet.MAX_NUMBER).mapToObj(n -> (int) n).toList();
    }
}
