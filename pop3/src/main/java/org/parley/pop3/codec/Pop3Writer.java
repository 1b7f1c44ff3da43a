package org.parley.pop3.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;

/**
 * Writes POP3 responses (RFC 1939 §3): status lines {@code +OK}/{@code -ERR} with an optional
 * RFC 2449 response code, SASL challenges ({@code + base64}, RFC 5034 §4) and multi-line responses
 * with byte-stuffing and the ".CRLF" terminator. Response text is sanitized: CR, LF and other
 * control characters become spaces, so nothing a client sent can end a line early.
 *
 * <p>Buffers nothing itself; the caller flushes the underlying stream. Not thread-safe.
 */
public final class Pop3Writer {
    private final OutputStream out;

    public Pop3Writer(OutputStream out) {
        this.out = out;
    }

    public void ok(String text) throws IOException {
        status("+OK", null, text);
    }

    public void ok(ResponseCode code, String text) throws IOException {
        status("+OK", code, text);
    }

    public void err(String text) throws IOException {
        status("-ERR", null, text);
    }

    public void err(ResponseCode code, String text) throws IOException {
        status("-ERR", code, text);
    }

    private void status(String indicator, ResponseCode code, String text) throws IOException {
        StringBuilder line = new StringBuilder(indicator);
        if (code != null) {
            line.append(" [").append(code.wire()).append(']');
        }
        if (text != null && !text.isEmpty()) {
            line.append(' ').append(sanitize(text));
        }
        line.append("\r\n");
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A SASL challenge: "+ " and the base64 of {@code data} (just "+ " when it is empty). */
    public void challenge(byte[] data) throws IOException {
        out.write(("+ " + Base64.getEncoder().encodeToString(data) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code +OK text}, then each line (sanitized, byte-stuffed), then the terminator. */
    public void multiLine(String text, Collection<String> lines) throws IOException {
        ok(text);
        DotStuffingOutputStream body = new DotStuffingOutputStream(out);
        for (String l : lines) {
            body.write((sanitize(l) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.finish();
    }

    /**
     * {@code +OK text}, then a stream for the response body; the caller writes the message and
     * calls {@link DotStuffingOutputStream#finish}.
     */
    public DotStuffingOutputStream beginBody(String text) throws IOException {
        ok(text);
        return new DotStuffingOutputStream(out);
    }

    public void flush() throws IOException {
        out.flush();
    }

    static String sanitize(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? text : b.toString();
    }
}
