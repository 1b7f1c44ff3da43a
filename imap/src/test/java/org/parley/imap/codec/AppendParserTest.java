package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** APPEND with flags, date-time, literal8, UTF8 and MULTIAPPEND. */
class AppendParserTest {
    private static final String MSG = "Subject: hi\r\n\r\nbody\r\n";
    private static final OffsetDateTime DATE = OffsetDateTime.of(1994, 2, 7, 21, 52, 25, 0, ZoneOffset.ofHours(-8));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** "head{n}" CRLF message "tail" CRLF. */
    private static ImapCommand.Append parse(String head, byte[] message, String tail, ParseContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes(head + "\r\n"));
        out.write(message);
        out.write(bytes(tail + "\r\n"));
        Wire w = new Wire(out.toByteArray(), ParseLimits.DEFAULTS);
        TaggedCommand c = w.next(context);
        assertThat(w.in.available()).isZero();
        return (ImapCommand.Append) c.command();
    }

    @Test
    void simplest() throws Exception {
        ImapCommand.Append a = parse("A003 APPEND saved-messages {" + MSG.length() + "}", bytes(MSG), "", ParseContext.DEFAULT);
        assertThat(a).isEqualTo(new ImapCommand.Append("saved-messages", List.of(
                new AppendMessage(List.of(), null, bytes(MSG), false, false))));
    }

    @Test
    void flagsAndDate() throws Exception {
        ImapCommand.Append a = parse("A003 APPEND INBOX (\\Seen $Label1) \" 7-Feb-1994 21:52:25 -0800\" {" + MSG.length() + "+}",
                bytes(MSG), "", ParseContext.DEFAULT);
        assertThat(a.messages()).containsExactly(new AppendMessage(List.of("\\Seen", "$Label1"), DATE, bytes(MSG), false, false));
    }

    @Test
    void zeroPaddedDay() throws Exception {
        ImapCommand.Append a = parse("a APPEND INBOX \"07-Feb-1994 21:52:25 -0800\" {3}", bytes("x\r\n"), "", ParseContext.DEFAULT);
        assertThat(a.messages().getFirst().internalDate()).isEqualTo(DATE);
    }

    @Test
    void unpaddedDayIsALeniency() throws Exception {
        Wire w = new Wire(bytes("a APPEND INBOX \"7-Feb-1994 21:52:25 -0800\" {1}\r\nx\r\n"), ParseLimits.DEFAULTS);
        TaggedCommand c = w.next();
        assertThat(((ImapCommand.Append) c.command()).messages().getFirst().internalDate()).isEqualTo(DATE);
        assertThat(c.leniencies()).containsExactly(Leniency.UNPADDED_DATE_TIME_DAY);
        Wire strict = new Wire(bytes("a APPEND INBOX \"7-Feb-1994 21:52:25 -0800\" {1}\r\nx\r\n"), ParseLimits.DEFAULTS);
        assertThat(strict.error(new ParseContext(false, Set.of())).getMessage()).contains("date-time");
    }

    @Test
    void literal8MayCarryNul() throws Exception {
        byte[] binary = {'a', 0, 'b', (byte) 0xff};
        ImapCommand.Append a = parse("a APPEND INBOX ~{4}", binary, "", ParseContext.DEFAULT);
        assertThat(a.messages()).containsExactly(new AppendMessage(List.of(), null, binary, true, false));
    }

    @Test
    void utf8Data() throws Exception {
        byte[] msg = bytes("Subject: Grüße\r\n\r\n");
        ImapCommand.Append a = parse("a APPEND INBOX () UTF8 (~{" + msg.length + "+}", msg, ")", ParseContext.DEFAULT);
        assertThat(a.messages()).containsExactly(new AppendMessage(List.of(), null, msg, true, true));
    }

    @Test
    void multiAppend() throws Exception {
        String wire = "A003 APPEND saved-messages (\\Seen) {3}\r\nab\n (\\Draft) \"07-Feb-1994 21:52:25 -0800\" {2+}\r\ncd ~{1}\r\nx\r\n";
        Wire w = new Wire(bytes(wire), ParseLimits.DEFAULTS);
        ImapCommand.Append a = (ImapCommand.Append) w.next().command();
        assertThat(a.messages()).containsExactly(
                new AppendMessage(List.of("\\Seen"), null, bytes("ab\n"), false, false),
                new AppendMessage(List.of("\\Draft"), DATE, bytes("cd"), false, false),
                new AppendMessage(List.of(), null, bytes("x"), true, false));
        assertThat(w.continuations).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a APPEND INBOX",
        "a APPEND INBOX (\\Seen)",
        "a APPEND INBOX (\\Recent) {1}",
        "a APPEND INBOX \"31-Feb-2020 00:00:00 +0000\" {1}",
        "a APPEND INBOX \"01-Jan-2020 24:00:00 +0000\" {1}",
        "a APPEND INBOX \"01-Jan-2020 00:00:00 +2500\" {1}",
        "a APPEND INBOX \"01-Jan-2020 00:00:00\" {1}",
        "a APPEND INBOX \"x\" {1}",
        "a APPEND INBOX hello",
        "a APPEND INBOX UTF8 {1}",
        "a APPEND INBOX {1} junk",
    })
    void rejectsBeforeReadingTheLiteral(String line) {
        Wire w = Wire.of(line + "\nx");
        ImapParseException e = w.error();
        assertThat(e.tag()).isEqualTo("a");
        assertThat(w.continuations).isZero();
    }

    @Test
    void nulInPlainLiteralIsRejectedAfterwardsAndTheStreamStaysInStep() throws Exception {
        Wire w = new Wire(bytes("a APPEND INBOX {3}\r\na\0b\r\nb NOOP\r\n"), ParseLimits.DEFAULTS);
        ImapParseException e = w.error();
        assertThat(e.getMessage()).contains("NUL");
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.next().tag()).isEqualTo("b");
    }
}
