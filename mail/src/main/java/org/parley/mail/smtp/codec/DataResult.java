package org.parley.mail.smtp.codec;

import java.util.Optional;

/**
 * What {@link DataDecoder} saw in one message.
 *
 * @param size            message octets after un-stuffing and line-ending normalization,
 *                        including any part discarded past the size limit
 * @param sizeExceeded    more than {@link DataReaderOptions#maxMessageSize()} octets: the sink
 *                        holds only a prefix and the message must be refused
 * @param bareLineEnding  a CR or LF outside a CRLF pair was seen
 * @param rejectBareLineEndings true when the policy was {@link BareLineEndings#REJECT}: the sink
 *                        stopped receiving data at the first bare line ending
 * @param containsNul     a NUL octet was seen (RFC 5321 §4.5.2 forbids it in text)
 * @param eightBit        an octet above 127 was seen (matters for BODY=7BIT)
 * @param lineTooLong     a line exceeded {@link DataReaderOptions#maxLineLength()}
 * @param longestLine     longest line in octets including its CRLF
 * @param receivedHeaders {@code Received:} header fields in the header section, for loop
 *                        detection (RFC 5321 §6.3)
 */
public record DataResult(long size, boolean sizeExceeded, boolean bareLineEnding, boolean rejectBareLineEndings,
                         boolean containsNul, boolean eightBit, boolean lineTooLong, int longestLine,
                         int receivedHeaders) {

    /**
     * The reply refusing this message when the size limit or the bare-line-ending policy demands
     * it; empty when the message may be accepted as far as the transfer goes. NUL octets, 8-bit
     * data and long lines are reported but left to the session's policy.
     */
    public Optional<SmtpReply> rejection() {
        if (sizeExceeded) {
            // RFC 5321 §4.5.3.1.10 / RFC 1870 §6.1
            return Optional.of(SmtpReply.of(552, EnhancedStatusCode.MESSAGE_TOO_BIG,
                    "Message size exceeds fixed maximum message size"));
        }
        if (bareLineEnding && rejectBareLineEndings) {
            // RFC 5321 §2.3.8: CR and LF only as CRLF.
            return Optional.of(SmtpReply.of(550, EnhancedStatusCode.MEDIA_ERROR,
                    "Message contains a bare CR or LF; lines must end with CRLF"));
        }
        return Optional.empty();
    }
}
