package org.parley.mail.smtp.codec;

/**
 * What the DATA decoder does with a CR or LF that is not part of a CRLF pair (RFC 5321 §2.3.8:
 * they "MUST NOT" be sent). Either way {@code <LF>.<LF>}, {@code <CR>.<CR>} and mixed forms never
 * end the message — only {@code <CRLF>.<CRLF>} does — which closes the SMTP smuggling hole.
 */
public enum BareLineEndings {
    /** Read to the end of data, then have the session reject the message (550 5.6.0). */
    REJECT,
    /** Named leniency: treat each bare CR or LF as a line break and store CRLF. */
    NORMALIZE
}
