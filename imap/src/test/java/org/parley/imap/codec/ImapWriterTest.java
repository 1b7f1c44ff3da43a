package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImapWriterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ImapWriter w = new ImapWriter(out);

    private String written() throws IOException {
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nothingReachesTheStreamBeforeFlush() throws IOException {
        w.ok("a1", "done");
        assertThat(out.size()).isZero();
        assertThat(written()).isEqualTo("a1 OK done\r\n");
    }

    @Test
    void statusResponses() throws IOException {
        w.ok("a1", new ResponseCode.UidValidity(3857529045L), "UIDs valid");
        w.no("a2", ResponseCode.Simple.TRYCREATE, "no such mailbox");
        w.bad("a3", "what?");
        w.untagged(ResponseStatus.OK, ResponseCode.Simple.CLOSED, "previous mailbox closed");
        w.untagged(ResponseStatus.BYE, null, "logging out");
        w.untagged(ResponseStatus.PREAUTH, new ResponseCode.Capability(List.of("IMAP4rev2", "IDLE")), "welcome");
        w.continuation("Ready for literal data");
        w.continuationData(new byte[0]);
        w.continuationData("hi".getBytes(StandardCharsets.US_ASCII));
        assertThat(written()).isEqualTo("""
                a1 OK [UIDVALIDITY 3857529045] UIDs valid\r
                a2 NO [TRYCREATE] no such mailbox\r
                a3 BAD what?\r
                * OK [CLOSED] previous mailbox closed\r
                * BYE logging out\r
                * PREAUTH [CAPABILITY IMAP4rev2 IDLE] welcome\r
                + Ready for literal data\r
                + \r
                + aGk=\r
                """);
    }

    @Test
    void textCannotBreakTheLine() throws IOException {
        w.ok("a1", "evil\r\na2 OK injected\0");
        w.ok("a3", "[ALERT] not a code");
        w.ok("a4", "");
        assertThat(written()).isEqualTo("a1 OK evil  a2 OK injected \r\na3 OK  [ALERT] not a code\r\na4 OK ok\r\n");
    }

    @Test
    void byeCannotBeTaggedAndTagsAreChecked() {
        assertThatThrownBy(() -> w.tagged("a", ResponseStatus.BYE, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.ok("a\r\nb", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.ok("", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(ResponseCode.Simple.ALERT, "ALERT"),
                Arguments.of(ResponseCode.Simple.READ_ONLY, "READ-ONLY"),
                Arguments.of(ResponseCode.Simple.UNKNOWN_CTE, "UNKNOWN-CTE"),
                Arguments.of(ResponseCode.Simple.NOMODSEQ, "NOMODSEQ"),
                Arguments.of(new ResponseCode.PermanentFlags(List.of("\\Deleted", "\\Seen", "\\*")), "PERMANENTFLAGS (\\Deleted \\Seen \\*)"),
                Arguments.of(new ResponseCode.PermanentFlags(List.of()), "PERMANENTFLAGS ()"),
                Arguments.of(new ResponseCode.UidNext(4392), "UIDNEXT 4392"),
                Arguments.of(new ResponseCode.Unseen(12), "UNSEEN 12"),
                Arguments.of(new ResponseCode.HighestModSeq(715194045007L), "HIGHESTMODSEQ 715194045007"),
                Arguments.of(new ResponseCode.AppendUid(38505, SequenceSet.ofNumbers(3955)), "APPENDUID 38505 3955"),
                Arguments.of(new ResponseCode.CopyUid(38505, SequenceSet.parse("304,319:320"), SequenceSet.parse("3956:3958")),
                        "COPYUID 38505 304,319:320 3956:3958"),
                Arguments.of(new ResponseCode.Modified(SequenceSet.parse("7,9")), "MODIFIED 7,9"),
                Arguments.of(new ResponseCode.BadCharset(List.of("UTF-8", "US-ASCII")), "BADCHARSET (UTF-8 US-ASCII)"),
                Arguments.of(new ResponseCode.BadCharset(List.of()), "BADCHARSET"),
                Arguments.of(new ResponseCode.Other("X-FOO", "bar 1"), "X-FOO bar 1"),
                Arguments.of(new ResponseCode.Other("X-FOO", null), "X-FOO"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codes")
    void responseCodes(ResponseCode code, String expected) throws IOException {
        w.ok("t", code, "x");
        assertThat(written()).isEqualTo("t OK [" + expected + "] x\r\n");
    }

    @Test
    void everySimpleCodeRenders() throws IOException {
        for (ResponseCode.Simple code : ResponseCode.Simple.values()) {
            w.no("t", code, "x");
        }
        assertThat(written().split("\r\n")).hasSize(ResponseCode.Simple.values().length)
                .allMatch(l -> l.matches("t NO \\[[A-Z-]+] x"));
    }

    @Test
    void parseErrors() throws IOException {
        w.parseError(new ImapParseException("a1", "unknown command"));
        w.parseError(new ImapParseException(null, "missing or invalid tag"));
        w.parseError(new ImapParseException("a2", ResponseStatus.NO, ResponseCode.Simple.TOOBIG, "too big", false));
        assertThat(written()).isEqualTo("a1 BAD unknown command\r\n* BAD missing or invalid tag\r\na2 NO [TOOBIG] too big\r\n");
    }

    @Test
    void stringEncodingChoice() throws IOException {
        w.string("plain").sp().string("with \"quote\" and \\").sp().string("").sp().string("two\r\nlines").sp()
                .nstring(null).sp().string("ü").sp().string("a\0b").sp().astring("atom").sp().astring("NIL").sp()
                .astring("a b").sp().astring("x]").sp().string("x".repeat(1025)).crlf();
        assertThat(written()).isEqualTo("\"plain\" \"with \\\"quote\\\" and \\\\\" \"\" {10}\r\ntwo\r\nlines NIL {2}\r\nü "
                + "{2}\r\nab atom \"NIL\" \"a b\" x] {1025}\r\n" + "x".repeat(1025) + "\r\n");
    }

    @Test
    void utf8SessionsQuoteUtf8() throws IOException {
        w.utf8(true);
        w.string("Grüße").sp().mailbox("Entwürfe").sp().mailbox("A&B").crlf();
        assertThat(written()).isEqualTo("\"Grüße\" \"Entwürfe\" \"A&B\"\r\n");
    }

    @Test
    void mailboxNamesAreModifiedUtf7ByDefault() throws IOException {
        w.mailbox("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e").sp().mailbox("A&B").sp().mailbox("INBOX").crlf();
        assertThat(written()).isEqualTo("\"~peter/mail/&U,BTFw-/&ZeVnLIqe-\" \"A&-B\" \"INBOX\"\r\n");
    }

    @Test
    void literals() throws IOException {
        w.literal(new byte[] {'a', 'b'}).sp().literal8(new byte[] {0, 1}).sp()
                .literal(3, new ByteArrayInputStream("xyz!".getBytes(StandardCharsets.US_ASCII)), false).crlf();
        w.flush();
        assertThat(out.toByteArray()).isEqualTo("{2}\r\nab ~{2}\r\n\0\u0001 {3}\r\nxyz\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> w.literal(5, new ByteArrayInputStream(new byte[2]), false)).isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void invalidAtomsAndFlagsAreProgrammingErrors() {
        assertThatThrownBy(() -> w.atom("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.atom("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.flag("\\")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.flag("a)b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.ok("t", new ResponseCode.Other("X", "a]b"), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void largeOutputPassesTheBuffer() throws IOException {
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) 'q');
        w.raw("* 1 FETCH (RFC822 ").literal(big).raw(")").crlf();
        assertThat(written()).hasSize(100_000 + "* 1 FETCH (RFC822 {100000}\r\n)\r\n".length());
    }
}
