package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** FETCH: every item, macros, sections, partials, modifiers. */
class FetchParserTest {
    private static final FetchItem BODY = new FetchItem.BodyStructure(false);
    private static final FetchItem BODYSTRUCTURE = new FetchItem.BodyStructure(true);

    private static Section section(List<Integer> part, Section.Kind kind, String... fields) {
        return new Section(part, kind, List.of(fields));
    }

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of("ALL", List.of(FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE, FetchItem.ENVELOPE)),
                Arguments.of("fast", List.of(FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE)),
                Arguments.of("FULL", List.of(FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE, FetchItem.ENVELOPE, BODY)),
                Arguments.of("FLAGS", List.of(FetchItem.FLAGS)),
                Arguments.of("(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY BODYSTRUCTURE MODSEQ RFC822 RFC822.HEADER RFC822.TEXT)",
                        List.of(FetchItem.UID, FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE, FetchItem.ENVELOPE,
                                BODY, BODYSTRUCTURE, FetchItem.MODSEQ, FetchItem.RFC822, FetchItem.RFC822_HEADER, FetchItem.RFC822_TEXT)),
                Arguments.of("(flags flags uid)", List.of(FetchItem.FLAGS, FetchItem.UID)),
                Arguments.of("BODY[]", List.of(new FetchItem.Body(Section.WHOLE, null, false))),
                Arguments.of("BODY.PEEK[]<0.2048>", List.of(new FetchItem.Body(Section.WHOLE, new Partial(0, 2048), true))),
                Arguments.of("body[header]", List.of(new FetchItem.Body(section(List.of(), Section.Kind.HEADER), null, false))),
                Arguments.of("BODY[TEXT]<100.50>", List.of(new FetchItem.Body(section(List.of(), Section.Kind.TEXT), new Partial(100, 50), false))),
                Arguments.of("BODY[1]", List.of(new FetchItem.Body(section(List.of(1), Section.Kind.CONTENT), null, false))),
                Arguments.of("BODY[4.2.2.1]", List.of(new FetchItem.Body(section(List.of(4, 2, 2, 1), Section.Kind.CONTENT), null, false))),
                Arguments.of("BODY[1.MIME]", List.of(new FetchItem.Body(section(List.of(1), Section.Kind.MIME), null, false))),
                Arguments.of("BODY[3.HEADER]", List.of(new FetchItem.Body(section(List.of(3), Section.Kind.HEADER), null, false))),
                Arguments.of("BODY[3.TEXT]", List.of(new FetchItem.Body(section(List.of(3), Section.Kind.TEXT), null, false))),
                Arguments.of("BODY.PEEK[HEADER.FIELDS (DATE FROM)]", List.of(new FetchItem.Body(
                        section(List.of(), Section.Kind.HEADER_FIELDS, "DATE", "FROM"), null, true))),
                Arguments.of("BODY[2.1.HEADER.FIELDS.NOT (\"Received\" X-Spam)]<0.10>", List.of(new FetchItem.Body(
                        section(List.of(2, 1), Section.Kind.HEADER_FIELDS_NOT, "Received", "X-Spam"), new Partial(0, 10), false))),
                Arguments.of("BINARY[]", List.of(new FetchItem.Binary(List.of(), null, false))),
                Arguments.of("BINARY.PEEK[1.2]<5.6>", List.of(new FetchItem.Binary(List.of(1, 2), new Partial(5, 6), true))),
                Arguments.of("(BINARY.SIZE[2] BINARY.SIZE[])", List.of(new FetchItem.BinarySize(List.of(2)), new FetchItem.BinarySize(List.of()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void parsesItems(String items, List<FetchItem> expected) throws Exception {
        ImapCommand.Fetch f = (ImapCommand.Fetch) Wire.command("a FETCH 1 " + items);
        assertThat(f.items()).isEqualTo(expected);
        assertThat(f.uid()).isFalse();
        assertThat(f.modifiers()).isEqualTo(FetchModifiers.NONE);
    }

    @Test
    void uidFetchWithModifiers() throws Exception {
        ImapCommand.Fetch f = (ImapCommand.Fetch) Wire.command("s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)");
        assertThat(f.uid()).isTrue();
        assertThat(f.set()).isEqualTo(SequenceSet.range(300, 500));
        assertThat(f.modifiers()).isEqualTo(new FetchModifiers(12345L, true));
        assertThat(f.responseItems()).containsExactly(FetchItem.UID, FetchItem.FLAGS, FetchItem.MODSEQ);
    }

    @Test
    void fetchOfSavedResult() throws Exception {
        ImapCommand.Fetch f = (ImapCommand.Fetch) Wire.command("a FETCH $ (FLAGS)");
        assertThat(f.set().isSaved()).isTrue();
    }

    @Test
    void sectionRendersBackForTheResponse() throws Exception {
        ImapCommand.Fetch f = (ImapCommand.Fetch) Wire.command(
                "a FETCH 1 (BODY.PEEK[1.2.HEADER.FIELDS (From \"X-Odd\" {5}\nX-Lit)] BODY[] BODY[3.MIME])");
        assertThat(f.items()).extracting(i -> ((FetchItem.Body) i).section().toImap())
                .containsExactly("1.2.HEADER.FIELDS (From X-Odd X-Lit)", "", "3.MIME");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a FETCH 1",
        "a FETCH 1 ()",
        "a FETCH 1 (FLAGS",
        "a FETCH 1 FLAGS)",
        "a FETCH 1 (ALL)",
        "a FETCH 1 FOO",
        "a FETCH 0 FLAGS",
        "a FETCH 1:x FLAGS",
        "a FETCH 1 BODY.PEEK",
        "a FETCH 1 BODY[MIME]",
        "a FETCH 1 BODY[1.FOO]",
        "a FETCH 1 BODY[HEADER.FIELDS]",
        "a FETCH 1 BODY[HEADER.FIELDS ()]",
        "a FETCH 1 BODY[HEADER.FIELDS (a:b)]",
        "a FETCH 1 BODY[HEADER.FIELDS (FROM)",
        "a FETCH 1 BODY[0]",
        "a FETCH 1 BODY[]<0.0>",
        "a FETCH 1 BODY[]<0>",
        "a FETCH 1 BODY[]<a.1>",
        "a FETCH 1 BINARY[TEXT]",
        "a FETCH 1 BINARY.SIZE",
        "a FETCH 1 (FLAGS) (VANISHED)",
        "a UID FETCH 1 (FLAGS) (VANISHED)",
        "a FETCH 1 (FLAGS) (CHANGEDSINCE 1 VANISHED)",
        "a UID FETCH 1 (FLAGS) (CHANGEDSINCE 1 CHANGEDSINCE 2)",
        "a UID FETCH 1 (FLAGS) (FOO)",
        "a UID FETCH 1 (FLAGS) (CHANGEDSINCE 99999999999999999999)",
        "a FETCH 1 FLAGS junk",
        "a FETCH 4294967296 FLAGS",
    })
    void rejects(String line) {
        ImapParseException e = Wire.of(line).error();
        assertThat(e.tag()).isEqualTo("a");
        assertThat(e.status()).isEqualTo(ResponseStatus.BAD);
        assertThat(e.closeConnection()).isFalse();
    }
}
