package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SEARCH keys of RFC 9051 §6.4.4 and RFC 3501, ESEARCH, SEARCHRES, WITHIN, MODSEQ, SORT, THREAD. */
class SearchParserTest {
    private static final LocalDate FEB1 = LocalDate.of(1994, 2, 1);

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("ALL", new SearchKey.All()),
                Arguments.of("ANSWERED", new SearchKey.Answered()),
                Arguments.of("BCC \"a b\"", new SearchKey.Bcc("a b")),
                Arguments.of("BEFORE 1-Feb-1994", new SearchKey.Before(FEB1)),
                Arguments.of("BODY {5}\nhello", new SearchKey.Body("hello")),
                Arguments.of("CC bob", new SearchKey.Cc("bob")),
                Arguments.of("DELETED", new SearchKey.Deleted()),
                Arguments.of("DRAFT", new SearchKey.Draft()),
                Arguments.of("FLAGGED", new SearchKey.Flagged()),
                Arguments.of("FROM \"Smith\"", new SearchKey.From("Smith")),
                Arguments.of("HEADER X-Mailer \"\"", new SearchKey.Header("X-Mailer", "")),
                Arguments.of("KEYWORD $Junk", new SearchKey.Keyword("$Junk")),
                Arguments.of("LARGER 10000", new SearchKey.Larger(10000)),
                Arguments.of("NEW", new SearchKey.New()),
                Arguments.of("NOT SEEN", new SearchKey.Not(new SearchKey.Seen())),
                Arguments.of("OLD", new SearchKey.Old()),
                Arguments.of("ON \"01-Feb-1994\"", new SearchKey.On(FEB1)),
                Arguments.of("OR SEEN FLAGGED", new SearchKey.Or(new SearchKey.Seen(), new SearchKey.Flagged())),
                Arguments.of("RECENT", new SearchKey.Recent()),
                Arguments.of("SEEN", new SearchKey.Seen()),
                Arguments.of("SENTBEFORE 1-feb-1994", new SearchKey.SentBefore(FEB1)),
                Arguments.of("SENTON 1-Feb-1994", new SearchKey.SentOn(FEB1)),
                Arguments.of("SENTSINCE 1-Feb-1994", new SearchKey.SentSince(FEB1)),
                Arguments.of("SINCE 1-Feb-1994", new SearchKey.Since(FEB1)),
                Arguments.of("SMALLER 5", new SearchKey.Smaller(5)),
                Arguments.of("SUBJECT \"€uro\"", new SearchKey.Subject("€uro")),
                Arguments.of("TEXT x", new SearchKey.Text("x")),
                Arguments.of("TO y", new SearchKey.To("y")),
                Arguments.of("UID 1:100,200", new SearchKey.Uid(SequenceSet.parse("1:100,200"))),
                Arguments.of("UID $", new SearchKey.Uid(SequenceSet.SAVED)),
                Arguments.of("UNANSWERED", new SearchKey.Unanswered()),
                Arguments.of("UNDELETED", new SearchKey.Undeleted()),
                Arguments.of("UNDRAFT", new SearchKey.Undraft()),
                Arguments.of("UNFLAGGED", new SearchKey.Unflagged()),
                Arguments.of("UNKEYWORD \\seen", new SearchKey.Unkeyword("\\Seen")),
                Arguments.of("UNSEEN", new SearchKey.Unseen()),
                Arguments.of("2:4,*", new SearchKey.SequenceNumbers(SequenceSet.parse("2:4,*"))),
                Arguments.of("$", new SearchKey.SequenceNumbers(SequenceSet.SAVED)),
                Arguments.of("(SEEN FLAGGED)", new SearchKey.And(List.of(new SearchKey.Seen(), new SearchKey.Flagged()))),
                Arguments.of("OLDER 3600", new SearchKey.Older(3600)),
                Arguments.of("YOUNGER 60", new SearchKey.Younger(60)),
                Arguments.of("MODSEQ 620162338", new SearchKey.ModSeq(620162338L, null, null)),
                Arguments.of("MODSEQ \"/flags/\\\\draft\" all 620162338", new SearchKey.ModSeq(620162338L, "\\draft", "all")),
                Arguments.of("MODSEQ \"/flags/$Junk\" PRIV 0", new SearchKey.ModSeq(0, "$Junk", "priv")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void parsesEachKey(String key, SearchKey expected) throws Exception {
        ImapCommand.Search s = (ImapCommand.Search) Wire.command("a SEARCH " + key);
        assertThat(s.criteria()).isEqualTo(new SearchKey.And(List.of(expected)));
        assertThat(s.uid()).isFalse();
        assertThat(s.returnOptions()).isNull();
        assertThat(s.charset()).isNull();
    }

    @Test
    void implicitAndOfSeveralKeys() throws Exception {
        ImapCommand.Search s = (ImapCommand.Search) Wire.command("a UID SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"");
        assertThat(s.uid()).isTrue();
        assertThat(s.criteria()).isEqualTo(new SearchKey.And(List.of(
                new SearchKey.Flagged(), new SearchKey.Since(FEB1), new SearchKey.Not(new SearchKey.From("Smith")))));
    }

    @Test
    void charsetDecodesStrings() throws Exception {
        // "Größe" in ISO-8859-1 inside a literal
        byte[] latin1 = "Gr\u00f6\u00dfe".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] head = "a SEARCH CHARSET ISO-8859-1 SUBJECT {5}\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] wire = new byte[head.length + latin1.length + 2];
        System.arraycopy(head, 0, wire, 0, head.length);
        System.arraycopy(latin1, 0, wire, head.length, latin1.length);
        wire[wire.length - 2] = '\r';
        wire[wire.length - 1] = '\n';
        ImapCommand.Search s = (ImapCommand.Search) new Wire(wire, ParseLimits.DEFAULTS).next().command();
        assertThat(s.charset()).isEqualTo("ISO-8859-1");
        assertThat(s.criteria()).isEqualTo(new SearchKey.And(List.of(new SearchKey.Subject("Größe"))));
    }

    @Test
    void unknownCharsetIsNoBadCharset() {
        ImapParseException e = Wire.of("a SEARCH CHARSET X-MARTIAN SUBJECT x").error();
        assertThat(e.status()).isEqualTo(ResponseStatus.NO);
        assertThat(e.code()).isEqualTo(new ResponseCode.BadCharset(List.of("US-ASCII", "UTF-8")));
    }

    @Test
    void esearchReturnOptions() throws Exception {
        ImapCommand.Search s = (ImapCommand.Search) Wire.command("a UID SEARCH RETURN (MIN MAX COUNT SAVE) CHARSET UTF-8 UNSEEN");
        assertThat(s.returnOptions()).isEqualTo(Set.of(SearchReturnOption.MIN, SearchReturnOption.MAX,
                SearchReturnOption.COUNT, SearchReturnOption.SAVE));
        assertThat(s.charset()).isEqualTo("UTF-8");
        ImapCommand.Search empty = (ImapCommand.Search) Wire.command("a SEARCH RETURN () ALL");
        assertThat(empty.returnOptions()).containsExactly(SearchReturnOption.ALL);
    }

    @Test
    void sort() throws Exception {
        assertThat(Wire.command("a UID SORT (REVERSE ARRIVAL subject DISPLAYFROM REVERSE DISPLAYTO cc date from size to) UTF-8 UNDELETED"))
                .isEqualTo(new ImapCommand.Sort(true, List.of(
                        new SortCriterion(SortCriterion.Key.ARRIVAL, true),
                        new SortCriterion(SortCriterion.Key.SUBJECT, false),
                        new SortCriterion(SortCriterion.Key.DISPLAYFROM, false),
                        new SortCriterion(SortCriterion.Key.DISPLAYTO, true),
                        new SortCriterion(SortCriterion.Key.CC, false),
                        new SortCriterion(SortCriterion.Key.DATE, false),
                        new SortCriterion(SortCriterion.Key.FROM, false),
                        new SortCriterion(SortCriterion.Key.SIZE, false),
                        new SortCriterion(SortCriterion.Key.TO, false)),
                        "UTF-8", new SearchKey.And(List.of(new SearchKey.Undeleted()))));
    }

    @Test
    void thread() throws Exception {
        assertThat(Wire.command("a THREAD ORDEREDSUBJECT UTF-8 SINCE 5-MAR-2000"))
                .isEqualTo(new ImapCommand.ThreadMessages(false, ThreadAlgorithm.ORDEREDSUBJECT, "UTF-8",
                        new SearchKey.And(List.of(new SearchKey.Since(LocalDate.of(2000, 3, 5))))));
        assertThat(Wire.command("a UID THREAD references us-ascii ALL"))
                .isEqualTo(new ImapCommand.ThreadMessages(true, ThreadAlgorithm.REFERENCES, "US-ASCII",
                        new SearchKey.And(List.of(new SearchKey.All()))));
    }

    @Test
    void nestingWithinTheLimitWorks() throws Exception {
        String key = "NOT ".repeat(20) + "SEEN";
        SearchKey k = ((ImapCommand.Search) Wire.command("a SEARCH " + key)).criteria();
        int depth = 0;
        k = ((SearchKey.And) k).keys().getFirst();
        while (k instanceof SearchKey.Not n) {
            depth++;
            k = n.key();
        }
        assertThat(depth).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a SEARCH",
        "a SEARCH FOO",
        "a SEARCH FROM",
        "a SEARCH HEADER Subject",
        "a SEARCH BEFORE 32-Jan-2020",
        "a SEARCH BEFORE 1-Foo-2020",
        "a SEARCH BEFORE 1-Jan-20",
        "a SEARCH SINCE \"1-Jan-2020",
        "a SEARCH LARGER x",
        "a SEARCH OLDER 0",
        "a SEARCH OR SEEN",
        "a SEARCH NOT",
        "a SEARCH (SEEN",
        "a SEARCH SEEN)",
        "a SEARCH ()",
        "a SEARCH RETURN (FOO) ALL",
        "a SEARCH RETURN MIN ALL",
        "a SEARCH CHARSET",
        "a SEARCH MODSEQ \"/flags/\\\\seen\" bogus 1",
        "a SEARCH MODSEQ \"/other\" all 1",
        "a SEARCH MODSEQ",
        "a SEARCH UID x",
        "a SEARCH KEYWORD",
        "a SORT (FOO) UTF-8 ALL",
        "a SORT (REVERSE) UTF-8 ALL",
        "a SORT () UTF-8 ALL",
        "a SORT (DATE) ALL",
        "a SORT (DATE) UTF-8",
        "a THREAD BOGUS UTF-8 ALL",
        "a THREAD REFERENCES UTF-8",
    })
    void rejects(String line) {
        ImapParseException e = Wire.of(line).error();
        assertThat(e.tag()).isEqualTo("a");
        assertThat(e.closeConnection()).isFalse();
    }

    @Test
    void eightBitAtomInSearchIsANamedLeniency() throws Exception {
        TaggedCommand c = Wire.of("a SEARCH CHARSET UTF-8 SUBJECT Grüße").next();
        assertThat(((ImapCommand.Search) c.command()).criteria()).isEqualTo(new SearchKey.And(List.of(new SearchKey.Subject("Grüße"))));
        assertThat(c.leniencies()).contains(Leniency.EIGHT_BIT_SEARCH_ATOM);
        ParseContext strict = new ParseContext(false, Set.of());
        assertThat(Wire.of("a SEARCH CHARSET UTF-8 SUBJECT Grüße").error(strict).tag()).isEqualTo("a");
    }
}
