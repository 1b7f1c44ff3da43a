package org.parley.mail.smtp.session;

import java.time.ZonedDateTime;

/**
 * The header fields a submission server adds when the client left them out (RFC 6409 §8.2
 * {@code Date:}, §8.3 {@code Message-ID:}); RFC 5322 §3.6 requires both in every message.
 */
public final class SubmissionHeaders {
    private SubmissionHeaders() {}

    /**
     * @param facts     what the message already has
     * @param uniqueId  random, unique left-hand side for the Message-ID
     * @return the fields to add (CRLF-terminated), possibly empty
     */
    public static String missing(HeaderFacts facts, ZonedDateTime now, String uniqueId, String serverName) {
        StringBuilder out = new StringBuilder();
        if (!facts.hasDate()) {
            out.append("Date: ").append(ReceivedHeader.DATE_TIME.format(now)).append("\r\n");
        }
        if (!facts.hasMessageId()) {
            // RFC 5322 §3.6.4: msg-id = "<" id-left "@" id-right ">"
            out.append("Message-ID: <").append(uniqueId).append('@').append(serverName).append(">\r\n");
        }
        return out.toString();
    }
}
