package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A client's bytes fed to a parser, for tests: lines are given without CRLF in a text form where
 * "\n" separates lines (becoming CRLF), and the continuation requests the parser triggers are
 * counted.
 */
final class Wire {
    final ByteArrayInputStream in;
    final ImapParser parser;
    int continuations;

    Wire(byte[] bytes, ParseLimits limits) {
        this.in = new ByteArrayInputStream(bytes);
        this.parser = new ImapParser(new StreamImapInput(in, () -> continuations++), limits);
    }

    /** Lines separated by "\n", each sent with CRLF. */
    static Wire of(String text) {
        return of(text, ParseLimits.DEFAULTS);
    }

    static Wire of(String text, ParseLimits limits) {
        return new Wire(crlf(text), limits);
    }

    static byte[] crlf(String text) {
        return (text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    TaggedCommand next() throws ImapParseException {
        return next(ParseContext.DEFAULT);
    }

    TaggedCommand next(ParseContext context) throws ImapParseException {
        try {
            return parser.parse(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImapParseException error() {
        return error(ParseContext.DEFAULT);
    }

    ImapParseException error(ParseContext context) {
        ImapParseException e = catchThrowableOfType(ImapParseException.class, () -> next(context));
        assertThat(e).as("expected a parse error").isNotNull();
        return e;
    }

    /** Parses one command given as text (with "\n" between lines) and checks nothing is left. */
    static ImapCommand command(String text) throws ImapParseException {
        return command(text, ParseContext.DEFAULT);
    }

    static ImapCommand command(String text, ParseContext context) throws ImapParseException {
        Wire w = of(text);
        TaggedCommand c = w.next(context);
        assertThat(c).isNotNull();
        assertThat(w.in.available()).as("unconsumed input").isZero();
        return c.command();
    }
}
