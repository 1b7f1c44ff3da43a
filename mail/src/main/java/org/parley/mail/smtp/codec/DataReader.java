package org.parley.mail.smtp.codec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads the content that follows a 354 reply to DATA from a connection stream, up to and including
 * {@code <CRLF>.<CRLF>}, and writes the un-stuffed message to a sink (see {@link DataDecoder}).
 *
 * <p>It never consumes octets after the terminator, so commands pipelined behind the message
 * (RFC 2920 §3.1) stay readable. With a stream that supports mark/reset (a
 * {@link java.io.BufferedInputStream}) it reads in blocks and puts the surplus back; otherwise it
 * reads one octet at a time. Past the size limit it keeps reading and discarding until the
 * terminator so the session can answer 552 and stay in step; the session's idle and total
 * timeouts bound how long that may take. Stateless; each call handles one message.
 */
public final class DataReader {

    private static final int BLOCK = 8192;

    private final DataReaderOptions options;

    public DataReader(DataReaderOptions options) {
        this.options = options;
    }

    /**
     * Reads one message.
     *
     * @param in   the connection input, positioned just after the DATA command line
     * @param sink receives the message with CRLF line endings; the caller owns and closes it
     * @return what was seen; check {@link DataResult#rejection()} before accepting the message
     * @throws EOFException when the stream ends before the terminator (the transaction must be
     *                      aborted and the connection closed)
     */
    public DataResult read(InputStream in, OutputStream sink) throws IOException {
        DataDecoder decoder = new DataDecoder(options, sink);
        if (in.markSupported()) {
            byte[] block = new byte[BLOCK];
            while (!decoder.isFinished()) {
                in.mark(BLOCK);
                int n = in.read(block, 0, BLOCK);
                if (n < 0) {
                    throw truncated(decoder);
                }
                int used = decoder.feed(block, 0, n);
                if (used < n) {
                    // The terminator ended inside this block: give the rest back to the stream.
                    in.reset();
                    in.skipNBytes(used);
                }
            }
        } else {
            byte[] one = new byte[1];
            while (!decoder.isFinished()) {
                int b = in.read();
                if (b < 0) {
                    throw truncated(decoder);
                }
                one[0] = (byte) b;
                decoder.feed(one, 0, 1);
            }
        }
        return decoder.result();
    }

    private static EOFException truncated(DataDecoder decoder) {
        return new EOFException("connection closed inside DATA after " + decoder.size() + " message octets");
    }
}
