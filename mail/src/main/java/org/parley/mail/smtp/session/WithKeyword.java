package org.parley.mail.smtp.session;

/**
 * The protocol keyword of a {@code Received:} field's {@code with} clause, also given to the
 * delivery service as {@link org.parley.mail.delivery.SubmissionContext#protocol()}.
 */
public final class WithKeyword {
    private WithKeyword() {}

    /**
     * RFC 3848 §2 (ESMTP, ESMTPA, ESMTPS, ESMTPSA, LMTP, LMTPA, LMTPS, LMTPSA) and RFC 6531 §3.7.3
     * (UTF8SMTP…, UTF8LMTP… when the transaction used SMTPUTF8). A HELO session is plain SMTP:
     * it cannot negotiate STARTTLS, AUTH or SMTPUTF8.
     */
    public static String of(boolean lmtp, boolean extended, boolean secure, boolean authenticated, boolean smtpUtf8) {
        if (!lmtp && !extended) {
            return "SMTP";
        }
        String base = lmtp ? (smtpUtf8 ? "UTF8LMTP" : "LMTP") : (smtpUtf8 ? "UTF8SMTP" : "ESMTP");
        return base + (secure ? "S" : "") + (authenticated ? "A" : "");
    }
}
