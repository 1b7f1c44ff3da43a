package org.parley.mail.smtp.codec;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Incremental decoder of the DATA content stream (RFC 5321 §4.1.1.4, §4.5.2): finds the
 * {@code <CRLF>.<CRLF>} terminator, removes dot-stuffing, normalizes line endings to CRLF and
 * writes the message to a sink while recording what it saw (see {@link DataResult}).
 *
 * <p>Pure push parser with no I/O of its own besides the sink: feed it octets in any chunking and
 * it stops exactly after the terminator, telling how much of the last chunk it consumed, so
 * pipelined commands after the message stay in the caller's buffer. One instance per message;
 * not thread-safe.
 */
public final class DataDecoder {

    private enum State { LINE_START, DOT, DOT_CR, IN_LINE, CR, DONE }

    private static final byte[] RECEIVED = "received".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final DataReaderOptions options;
    private final OutputStream sink;
    private final byte[] out = new byte[8192];
    private int outLen;

    private State state = State.LINE_START;
    /** The current line began after a real CRLF (or at the start of data). */
    private boolean strictLineStart = true;
    private boolean dotStrict;
    private boolean writing = true;

    private long size;
    private boolean sizeExceeded;
    private boolean bareLineEnding;
    private boolean containsNul;
    private boolean eightBit;
    private boolean lineTooLong;
    private int longestLine;
    private int receivedHeaders;

    private int lineLength;
    private boolean inHeaders = true;
    /** Body lines are copied a run at a time; tests turn it off to compare with octet-by-octet. */
    boolean bulk = true;
    private final byte[] head = new byte[16];
    private int headLength;

    /**
     * @param sink receives the message octets; not closed or flushed by the decoder beyond
     *             writing its final buffer
     */
    public DataDecoder(DataReaderOptions options, OutputStream sink) {
        this.options = options;
        this.sink = sink;
    }

    /** True once the terminating {@code <CRLF>.<CRLF>} has been consumed. */
    public boolean isFinished() {
        return state == State.DONE;
    }

    /**
     * Consumes octets up to and including the terminator.
     *
     * @return how many of {@code length} octets were consumed; less than {@code length} only when
     *         the terminator ended inside this chunk
     * @throws IOException from the sink
     */
    public int feed(byte[] buffer, int offset, int length) throws IOException {
        int i = 0;
        while (i < length && state != State.DONE) {
            if (bulk && state == State.IN_LINE && !inHeaders) {
                int run = bodyRun(buffer, offset + i, length - i);
                if (run > 0) {
                    i += run;
                    continue;
                }
            }
            step(buffer[offset + i] & 0xff);
            i++;
        }
        if (state == State.DONE) {
            flush();
        }
        return i;
    }

    /** The findings; complete only once {@link #isFinished()}. */
    public DataResult result() {
        return new DataResult(size, sizeExceeded, bareLineEnding,
                options.bareLineEndings() == BareLineEndings.REJECT, containsNul, eightBit, lineTooLong,
                longestLine, receivedHeaders);
    }

    /** Message octets seen so far (the size check counts these). */
    public long size() {
        return size;
    }

    private void step(int b) throws IOException {
        while (true) {
            switch (state) {
                case LINE_START -> {
                    if (b == '.') {
                        // RFC 5321 §4.5.2: a leading period is either the terminator or stuffing.
                        dotStrict = strictLineStart;
                        state = State.DOT;
                        return;
                    }
                    state = State.IN_LINE;
                    continue;
                }
                case DOT -> {
                    if (b == '\r') {
                        state = State.DOT_CR;
                        return;
                    }
                    if (b == '\n') {
                        // "." alone before a bare LF: no other characters, so the period stays.
                        content('.');
                        state = State.IN_LINE;
                        continue;
                    }
                    // RFC 5321 §4.5.2: "If the first character is a period and there are other
                    // characters on the line, the first character is deleted."
                    state = State.IN_LINE;
                    continue;
                }
                case DOT_CR -> {
                    if (b == '\n') {
                        if (dotStrict) {
                            // RFC 5321 §4.1.1.4: <CRLF>.<CRLF> ends the mail data.
                            state = State.DONE;
                            return;
                        }
                        // After a bare line ending this is a line holding ".", not the end:
                        // <LF>.<CRLF> must not terminate (SMTP smuggling).
                        content('.');
                        endLine(true);
                        return;
                    }
                    // ".<CR>x": the period has company (a bare CR), so it is stuffing.
                    endLine(false);
                    continue;
                }
                case IN_LINE -> {
                    if (b == '\r') {
                        state = State.CR;
                    } else if (b == '\n') {
                        endLine(false);
                    } else {
                        content(b);
                    }
                    return;
                }
                case CR -> {
                    if (b == '\n') {
                        endLine(true);
                        return;
                    }
                    // A CR not followed by LF ends the line as a bare CR; b starts the next line.
                    endLine(false);
                    continue;
                }
                case DONE -> {
                    return;
                }
            }
        }
    }

    /**
     * Consumes the octets of a body line up to (not including) the next CR or LF, as
     * {@link #content} would one by one, and returns how many: the message body is most of
     * the data, and it needs no per-octet state.
     */
    private int bodyRun(byte[] buffer, int from, int max) throws IOException {
        int end = from;
        int limit = from + max;
        boolean nul = false;
        boolean high = false;
        while (end < limit) {
            byte b = buffer[end];
            if (b == '\r' || b == '\n') {
                break;
            }
            nul |= b == 0;
            high |= b < 0;
            end++;
        }
        int run = end - from;
        if (run == 0) {
            return 0;
        }
        containsNul |= nul;
        eightBit |= high;
        lineLength += run;
        if (!writing || size + run > options.maxMessageSize()) {
            // the size limit falls inside this run (or output has stopped): the exact path
            for (int k = from; k < end; k++) {
                emit(buffer[k] & 0xff);
            }
            return run;
        }
        size += run;
        int k = from;
        while (k < end) {
            if (outLen == out.length) {
                flush();
            }
            int n = Math.min(end - k, out.length - outLen);
            System.arraycopy(buffer, k, out, outLen, n);
            outLen += n;
            k += n;
        }
        return run;
    }

    private void content(int b) throws IOException {
        if (b == 0) {
            containsNul = true;
        } else if (b >= 0x80) {
            eightBit = true;
        }
        if (inHeaders && headLength < head.length) {
            head[headLength++] = (byte) b;
        }
        lineLength++;
        emit(b);
    }

    /** Ends the current line; {@code real} when it was ended by CRLF on the wire. */
    private void endLine(boolean real) throws IOException {
        if (!real) {
            bareLineEnding = true;
            if (options.bareLineEndings() == BareLineEndings.REJECT) {
                // Nothing after the first bare line ending reaches the sink: the session refuses it.
                writing = false;
            }
        }
        emit('\r');
        emit('\n');
        int octets = lineLength + 2;
        if (octets > longestLine) {
            longestLine = octets;
        }
        // RFC 5321 §4.5.3.1.6: 1000 octets per line including CRLF.
        if (octets > options.maxLineLength()) {
            lineTooLong = true;
        }
        if (inHeaders) {
            if (lineLength == 0) {
                inHeaders = false;
            } else if (isReceived()) {
                receivedHeaders++;
            }
        }
        lineLength = 0;
        headLength = 0;
        strictLineStart = real;
        state = State.LINE_START;
    }

    /** {@code Received} then optional WSP then {@code :}, case-insensitive (RFC 5322 §3.6.7). */
    private boolean isReceived() {
        if (headLength < RECEIVED.length + 1) {
            return false;
        }
        for (int i = 0; i < RECEIVED.length; i++) {
            int c = head[i] | 0x20;
            if (c != RECEIVED[i]) {
                return false;
            }
        }
        for (int i = RECEIVED.length; i < headLength; i++) {
            if (head[i] == ':') {
                return true;
            }
            if (head[i] != ' ' && head[i] != '\t') {
                return false;
            }
        }
        return false;
    }

    private void emit(int b) throws IOException {
        size++;
        if (size > options.maxMessageSize() && !sizeExceeded) {
            sizeExceeded = true;
            flush();
            writing = false;
        }
        if (!writing) {
            return;
        }
        if (outLen == out.length) {
            flush();
        }
        out[outLen++] = (byte) b;
    }

    private void flush() throws IOException {
        if (outLen > 0 && writing) {
            sink.write(out, 0, outLen);
        }
        outLen = 0;
    }
}
