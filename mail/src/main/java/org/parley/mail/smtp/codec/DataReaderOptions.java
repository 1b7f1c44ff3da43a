package org.parley.mail.smtp.codec;

/**
 * Limits of one DATA transfer.
 *
 * @param maxMessageSize  octets of message (after un-stuffing, with CRLF line ends) that are
 *                        written to the sink; beyond that the rest is read and discarded and
 *                        {@link DataResult#sizeExceeded()} is set so the session can answer 552
 * @param maxLineLength   octets per line including CRLF, RFC 5321 §4.5.3.1.6 says 1000; longer
 *                        lines set {@link DataResult#lineTooLong()} and are kept as they are
 * @param bareLineEndings what to do with a CR or LF outside a CRLF pair
 */
public record DataReaderOptions(long maxMessageSize, int maxLineLength, BareLineEndings bareLineEndings) {

    /** RFC 5321 §4.5.3.1.6: text line including CRLF. */
    public static final int RFC_MAX_LINE_LENGTH = 1000;

    public DataReaderOptions {
        if (maxMessageSize < 0) {
            throw new IllegalArgumentException("maxMessageSize must not be negative");
        }
        if (maxLineLength < 3) {
            throw new IllegalArgumentException("maxLineLength must be at least 3");
        }
        if (bareLineEndings == null) {
            throw new IllegalArgumentException("bareLineEndings must be set");
        }
    }

    /** RFC line limit, bare line endings rejected. */
    public static DataReaderOptions of(long maxMessageSize) {
        return new DataReaderOptions(maxMessageSize, RFC_MAX_LINE_LENGTH, BareLineEndings.REJECT);
    }
}
