package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamImapInputTest {
    private int continuations;

    private StreamImapInput input(String s) {
        return new StreamImapInput(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)), () -> continuations++);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void linesEndWithCrlfOrBareLf() throws Exception {
        StreamImapInput in = input("a NOOP\r\nb NOOP\nc\r\r\n\r\n");
        assertThat(text(in.readLine(100))).isEqualTo("a NOOP");
        assertThat(text(in.readLine(100))).isEqualTo("b NOOP");
        assertThat(text(in.readLine(100))).isEqualTo("c\r");
        assertThat(text(in.readLine(100))).isEmpty();
        assertThat(in.readLine(100)).isNull();
    }

    @Test
    void lineOfExactlyTheLimitPasses() throws Exception {
        assertThat(input("x".repeat(64) + "\r\n").readLine(64)).hasSize(64);
        assertThatThrownBy(() -> input("x".repeat(65) + "\r\n").readLine(64)).isInstanceOf(LineTooLongException.class);
        assertThatThrownBy(() -> input("x".repeat(65) + "\n").readLine(64)).isInstanceOf(LineTooLongException.class);
    }

    @Test
    void tooLongLineKeepsHeadAndTailAndSkipsToTheNextLine() throws Exception {
        StreamImapInput in = input("t1 " + "x".repeat(10_000) + " {5+}\r\nnext\r\n");
        LineTooLongException e = (LineTooLongException) org.assertj.core.api.Assertions.catchThrowable(() -> in.readLine(100));
        assertThat(text(e.head())).startsWith("t1 xxx");
        assertThat(text(e.tail())).endsWith("x {5+}");
        assertThat(text(in.readLine(100))).isEqualTo("next");
    }

    @Test
    void endOfStreamInsideALine() {
        assertThatThrownBy(() -> input("abc").readLine(100)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> input("x".repeat(200)).readLine(100)).isInstanceOf(EOFException.class);
    }

    @Test
    void literalsAskForContinuationOnlyWhenSynchronizing() throws Exception {
        StreamImapInput in = input("abcdefgh");
        assertThat(text(in.readLiteral(3, true))).isEqualTo("abc");
        assertThat(continuations).isEqualTo(1);
        assertThat(text(in.readLiteral(2, false))).isEqualTo("de");
        assertThat(continuations).isEqualTo(1);
        in.discardLiteral(2);
        assertThatThrownBy(() -> in.readLiteral(5, false)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> input("ab").discardLiteral(5)).isInstanceOf(EOFException.class);
    }
}
