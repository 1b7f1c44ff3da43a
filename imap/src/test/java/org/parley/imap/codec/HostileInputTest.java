package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bounds and malformed input: each must give a clean ImapParseException and leave the stream in step. */
class HostileInputTest {
    private static final ParseLimits SMALL = new ParseLimits(1024, 3_000, 100, 20_000, 10, Long.MAX_VALUE, 5_000, 32, 50, 100, 20);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void overLongLineIsRejectedWithItsTagAndSkipped() throws Exception {
        String line = "t1 LOGIN " + "x".repeat(5000);
        Wire w = Wire.of(line + "\nt2 NOOP", SMALL);
        ImapParseException e = w.error();
        assertThat(e.tag()).isEqualTo("t1");
        assertThat(e.getMessage()).contains("too long");
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void overLongLineEndingInNonSyncLiteralSkipsTheLiteral() throws Exception {
        String line = "t1 APPEND INBOX " + "(" + "\\Seen ".repeat(300) + ") {5+}";
        Wire w = Wire.of(line + "\nhello\nt2 NOOP", SMALL);
        assertThat(w.error().tag()).isEqualTo("t1");
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void overLongContinuationLine() throws Exception {
        Wire w = Wire.of("t1 LOGIN {3}\nbob " + "y".repeat(2000) + "\nt2 NOOP", SMALL);
        ImapParseException e = w.error();
        assertThat(e.tag()).isEqualTo("t1");
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void synchronizingLiteralOverTheLimitIsRefusedBeforeTheContinuation() throws Exception {
        Wire w = Wire.of("t1 APPEND INBOX {10001}\nt2 NOOP", SMALL);
        ImapParseException e = w.error();
        assertThat(e.status()).isEqualTo(ResponseStatus.NO);
        assertThat(e.code()).isEqualTo(ResponseCode.Simple.TOOBIG);
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.continuations).isZero();
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void stringLiteralOverTheLimitIsBadTooBig() {
        Wire w = Wire.of("t1 LOGIN {101}", SMALL);
        ImapParseException e = w.error();
        assertThat(e.status()).isEqualTo(ResponseStatus.BAD);
        assertThat(e.code()).isEqualTo(ResponseCode.Simple.TOOBIG);
        assertThat(w.continuations).isZero();
    }

    @Test
    void nonSyncLiteralOverTheLimitIsReadAndDiscarded() throws Exception {
        String big = "z".repeat(4000);
        Wire w = Wire.of("t1 APPEND INBOX {4000+}\n" + big + "\nt2 NOOP", SMALL.withLiteralMinus());
        ImapParseException e = w.error();
        assertThat(e.code()).isEqualTo(ResponseCode.Simple.TOOBIG);
        assertThat(e.status()).isEqualTo(ResponseStatus.NO);
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void nonSyncLiteralOverLiteralMinusLimitIsRefused() throws Exception {
        ParseLimits minus = ParseLimits.DEFAULTS.withLiteralMinus();
        String big = "z".repeat(4097);
        Wire w = Wire.of("t1 LOGIN bob {4097+}\n" + big + "\nt2 NOOP", minus);
        ImapParseException e = w.error();
        assertThat(e.code()).isEqualTo(ResponseCode.Simple.TOOBIG);
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void nonSyncLiteralBeyondTheDiscardLimitClosesTheConnection() {
        Wire w = Wire.of("t1 APPEND INBOX {6000+}\n" + "z".repeat(6000), SMALL.withLiteralMinus());
        ImapParseException e = w.error();
        assertThat(e.closeConnection()).isTrue();
    }

    @Test
    void absurdLiteralLength() {
        Wire w = Wire.of("t1 APPEND INBOX {99999999999999999999}");
        ImapParseException e = w.error();
        assertThat(e.tag()).isEqualTo("t1");
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.continuations).isZero();
        // non-synchronizing: the client sends data we cannot measure, so the connection must go
        assertThat(Wire.of("t1 APPEND INBOX {99999999999999999999+}\nabc").error().closeConnection()).isTrue();
    }

    @Test
    void literalLargerThanAnIntIsRefused() {
        ImapParseException e = Wire.of("t1 APPEND INBOX {4294967296}").error();
        assertThat(e.code()).isEqualTo(ResponseCode.Simple.TOOBIG);
    }

    @Test
    void truncatedLiteralClosesTheConnection() {
        Wire w = new Wire(bytes("t1 APPEND INBOX {100}\r\nonly a few octets"), ParseLimits.DEFAULTS);
        ImapParseException e = w.error();
        assertThat(e.closeConnection()).isTrue();
        assertThat(e.tag()).isEqualTo("t1");
    }

    @Test
    void inputEndingAfterALiteralClosesTheConnection() {
        assertThat(new Wire(bytes("t1 LOGIN {3}\r\nbob"), ParseLimits.DEFAULTS).error().closeConnection()).isTrue();
        assertThat(new Wire(bytes("t1 NOOP"), ParseLimits.DEFAULTS).error().closeConnection()).isTrue();
    }

    @Test
    void tooManyLiterals() {
        StringBuilder sb = new StringBuilder("t1 ID (");
        for (int i = 0; i < 11; i++) {
            sb.append("{1+}\nk {1+}\nv ");
        }
        ImapParseException e = Wire.of(sb.toString().trim() + ")\nt2 NOOP", SMALL).error();
        assertThat(e.tag()).isEqualTo("t1");
    }

    @Test
    void totalLiteralOctetsPerCommand() throws Exception {
        ParseLimits limits = new ParseLimits(1024, 10_000, 100, 15_000, 10, Long.MAX_VALUE, 50_000, 32, 50, 100, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes("t1 APPEND INBOX {8000+}\r\n"));
        out.write(bytes("x".repeat(8000)));
        out.write(bytes(" {8000+}\r\n"));
        out.write(bytes("y".repeat(8000)));
        out.write(bytes("\r\nt2 NOOP\r\n"));
        Wire w = new Wire(out.toByteArray(), limits);
        ImapParseException e = w.error();
        assertThat(e.code()).isEqualTo(ResponseCode.Simple.TOOBIG);
        assertThat(e.closeConnection()).isFalse();
        assertThat(w.next().tag()).isEqualTo("t2");
    }

    @Test
    void unterminatedQuotedString() {
        ImapParseException e = Wire.of("t1 LOGIN \"bob").error();
        assertThat(e.getMessage()).contains("unterminated");
    }

    @Test
    void badEscapes() {
        assertThat(Wire.of("t1 LOGIN \"b\\ob\" x").error().getMessage()).contains("escape");
        assertThat(Wire.of("t1 LOGIN \"bob\\").error().tag()).isEqualTo("t1");
    }

    @Test
    void deepNestingIsBoundedWithoutStackOverflow() throws Exception {
        String parens = "t1 SEARCH " + "(".repeat(10_000) + "SEEN" + ")".repeat(10_000);
        ImapParseException e = Wire.of(parens + "\nt2 NOOP", ParseLimits.DEFAULTS).error();
        assertThat(e.getMessage()).contains("nesting");
        String nots = "t1 SEARCH " + "NOT ".repeat(10_000) + "SEEN";
        assertThat(Wire.of(nots).error().getMessage()).contains("nesting");
        String ors = "t1 SEARCH " + "OR ".repeat(10_000) + "SEEN SEEN";
        assertThat(Wire.of(ors).error().getMessage()).contains("nesting");
    }

    @Test
    void tooManySearchKeys() {
        assertThat(Wire.of("t1 SEARCH " + "SEEN ".repeat(60).trim(), SMALL).error().getMessage()).contains("search keys");
    }

    @Test
    void tooManySequenceRanges() {
        StringBuilder set = new StringBuilder("1");
        for (int i = 2; i <= 101; i++) {
            set.append(',').append(i * 2);
        }
        assertThat(Wire.of("t1 FETCH " + set + " FLAGS", SMALL).error().getMessage()).contains("sequence set");
    }

    @Test
    void invalidUtf8InQuotedString() {
        Wire w = new Wire(bytes("t1 LOGIN \"b\u00c3\u0028\" x\r\n"), ParseLimits.DEFAULTS);
        assertThat(w.error().getMessage()).contains("UTF-8");
        Wire overlong = new Wire(bytes("t1 LOGIN \"\u00c0\u00af\" x\r\n"), ParseLimits.DEFAULTS);
        assertThat(overlong.error().tag()).isEqualTo("t1");
    }

    @Test
    void nulBytes() {
        assertThat(new Wire(bytes("t1 LOGIN \"a\0b\" x\r\n"), ParseLimits.DEFAULTS).error().tag()).isEqualTo("t1");
        assertThat(new Wire(bytes("t1 NO\0OP\r\n"), ParseLimits.DEFAULTS).error().tag()).isEqualTo("t1");
        assertThat(new Wire(bytes("\0 NOOP\r\n"), ParseLimits.DEFAULTS).error().tag()).isNull();
        assertThat(new Wire(bytes("t1 LOGIN {3}\r\na\0b x\r\n"), ParseLimits.DEFAULTS).error().getMessage()).contains("NUL");
    }

    @Test
    void unknownCommands() {
        assertThat(Wire.of("t1 XYZZY").error().getMessage()).contains("unknown command");
        assertThat(Wire.of("t1 UID NOOP").error().tag()).isEqualTo("t1");
        assertThat(Wire.of("t1 UID").error().tag()).isEqualTo("t1");
    }

    @Test
    void missingArguments() {
        for (String line : new String[] {"t1 LOGIN", "t1 LOGIN bob", "t1 SELECT", "t1 RENAME a", "t1 STATUS INBOX",
            "t1 STATUS INBOX ()", "t1 STORE 1", "t1 STORE 1 FLAGS", "t1 COPY 1", "t1 SETACL a b", "t1 ENABLE",
            "t1 AUTHENTICATE", "t1 ID", "t1 LIST \"\"", "t1 LSUB", "t1 SETQUOTA x", "t1 COMPRESS", "t1 GETQUOTA"}) {
            ImapParseException e = Wire.of(line).error();
            assertThat(e.tag()).as(line).isEqualTo("t1");
            assertThat(e.status()).as(line).isEqualTo(ResponseStatus.BAD);
        }
    }

    @Test
    void junkAfterArguments() {
        for (String line : new String[] {"t1 NOOP x", "t1 LOGIN a b c", "t1 CAPABILITY ()",
            "t1 STATUS INBOX (MESSAGES) x", "t1 EXPUNGE 1", "t1 SELECT INBOX (CONDSTORE) x"}) {
            assertThat(Wire.of(line).error().getMessage()).as(line).contains("after the arguments");
        }
    }

    @Test
    void malformedArguments() {
        for (String line : new String[] {"t1 SELECT INBOX (BOGUS)", "t1 SELECT INBOX (CONDSTORE CONDSTORE)",
            "t1 SELECT INBOX (QRESYNC (0 1))", "t1 SELECT INBOX (QRESYNC (1))", "t1 SELECT &Jjo", "t1 SELECT &AGE-",
            "t1 CREATE x (FOO)", "t1 CREATE x (USE (Drafts))", "t1 LIST (BOGUS) \"\" *", "t1 LIST (RECURSIVEMATCH) \"\" *",
            "t1 LIST \"\" * RETURN (BOGUS)", "t1 LIST \"\" * RETURN CHILDREN", "t1 STATUS INBOX (BOGUS)",
            "t1 STORE 1 FLAGS (\\Recent)", "t1 STORE 1 BOGUS (\\Seen)", "t1 STORE 1 (UNCHANGEDSINCE x) FLAGS ()",
            "t1 AUTHENTICATE PLAIN !!!!", "t1 AUTHENTICATE PLAIN abc", "t1 ID (\"a\")", "t1 ID BOGUS",
            "t1 SETQUOTA \"\" (STORAGE 1 STORAGE 2)", "t1 LOGIN {x}", "t1 LOGIN {3} bob", "t1 LOGIN ~{3}",
            "t1 FETCH 1:2:3 FLAGS", "t1 COPY , x", "t1 SELECT INBOX x"}) {
            ImapParseException e = Wire.of(line).error();
            assertThat(e.tag()).as(line).isEqualTo("t1");
            assertThat(e.closeConnection()).as(line).isFalse();
        }
    }

    @Test
    void badTags() {
        for (String line : new String[] {"", " NOOP", "+ NOOP", "a+b NOOP", "\"a\" NOOP", "(a) NOOP", "a*b NOOP", "a{1} NOOP"}) {
            ImapParseException e = Wire.of(line).error();
            assertThat(e.tag()).as(line).isIn(null, "a");
            assertThat(e.closeConnection()).as(line).isFalse();
        }
        assertThat(Wire.of("NOOP").error().tag()).isEqualTo("NOOP");
    }

    @Test
    void afterAnErrorTheNextCommandParses() throws Exception {
        Wire w = Wire.of("t1 FETCH x\nt2 LOGIN {5+}\nab\0cd\nt3 NOOP");
        assertThat(w.error().tag()).isEqualTo("t1");
        assertThat(w.error().tag()).isEqualTo("t2");
        assertThat(w.next().tag()).isEqualTo("t3");
    }

    @Test
    void rejectedCommandWithSeveralNonSyncLiteralsIsSkippedWhole() throws Exception {
        Wire w = Wire.of("t1 BOGUS {3+}\nabc {2+}\nde rest\nt2 NOOP");
        assertThat(w.error().tag()).isEqualTo("t1");
        assertThat(w.next().tag()).isEqualTo("t2");
    }
}
