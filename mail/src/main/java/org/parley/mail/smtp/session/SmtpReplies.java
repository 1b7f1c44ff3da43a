package org.parley.mail.smtp.session;

import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpReply;

/** Replies shared by several commands, so each text is written once. */
public final class SmtpReplies {
    private SmtpReplies() {}

    public static final SmtpReply OK = SmtpReply.of(250, EnhancedStatusCode.OK, "OK");

    /** RFC 5321 §4.2.4 / RFC 3463 X.5.1: a command out of sequence. */
    public static SmtpReply badSequence(String text) {
        return SmtpReply.of(503, EnhancedStatusCode.INVALID_COMMAND, text);
    }

    /** RFC 5321 §3.3: DATA or BDAT with no accepted recipient. */
    public static final SmtpReply NO_VALID_RECIPIENTS =
            SmtpReply.of(554, EnhancedStatusCode.INVALID_COMMAND, "No valid recipients");

    /** RFC 4954 §6 / RFC 6409 §4.3: submission without AUTH. */
    public static final SmtpReply AUTH_REQUIRED =
            SmtpReply.of(530, EnhancedStatusCode.SECURITY_ERROR, "Authentication required");

    /** RFC 1870 §6.1: the message (declared or actual) is larger than the SIZE limit. */
    public static final SmtpReply TOO_BIG = SmtpReply.of(552, EnhancedStatusCode.MESSAGE_TOO_BIG,
            "Message size exceeds fixed maximum message size");

    /** RFC 3463 X.7.1: relaying denied. */
    public static final SmtpReply RELAY_DENIED =
            SmtpReply.of(550, EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED, "Relaying denied");

    /** Something failed on our side; the log has the details under the transaction id. */
    public static SmtpReply localError(String incident) {
        return SmtpReply.of(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE,
                "Local error in processing, try again later (incident " + incident + ")");
    }

    public static SmtpReply closing(String serverName, String why) {
        return SmtpReply.of(421, new EnhancedStatusCode(4, 7, 0), serverName + " " + why + ", closing connection");
    }
}
