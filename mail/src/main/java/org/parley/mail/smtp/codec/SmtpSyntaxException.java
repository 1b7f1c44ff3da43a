package org.parley.mail.smtp.codec;

/**
 * A command line that cannot be accepted, with the reply the server should send. The session
 * writes {@link #reply()} and continues with the next command: no state changes on a syntax
 * error (RFC 5321 §4.1.1: a rejected command has no effect).
 */
public final class SmtpSyntaxException extends Exception {

    private final SmtpReply reply;

    public SmtpSyntaxException(SmtpReply reply) {
        super(reply.toString(), null, false, false);
        this.reply = reply;
    }

    public SmtpReply reply() {
        return reply;
    }

    /** 500 5.5.1: the verb is not a command we know (RFC 5321 §4.2.4). */
    static SmtpSyntaxException unknownCommand() {
        return new SmtpSyntaxException(SmtpReply.of(500, EnhancedStatusCode.INVALID_COMMAND, "Command unrecognized"));
    }

    /** 500 5.5.2: the line as a whole is unusable (too long, NUL, bad UTF-8). */
    static SmtpSyntaxException badLine(String why) {
        return new SmtpSyntaxException(SmtpReply.of(500, EnhancedStatusCode.SYNTAX_ERROR, why));
    }

    /** 501 5.5.4: the command is known but its arguments are wrong. */
    static SmtpSyntaxException badArguments(String why) {
        return new SmtpSyntaxException(SmtpReply.of(501, EnhancedStatusCode.INVALID_ARGUMENTS, why));
    }

    /** 501 5.1.7 (sender) or 5.1.3 (recipient): the path does not follow RFC 5321 §4.1.2. */
    static SmtpSyntaxException badPath(boolean sender, String why) {
        return new SmtpSyntaxException(SmtpReply.of(501,
                sender ? EnhancedStatusCode.BAD_SENDER_SYNTAX : EnhancedStatusCode.BAD_DESTINATION_SYNTAX, why));
    }

    /** 555 5.5.4: MAIL/RCPT parameter not recognized or not implemented (RFC 5321 §4.1.1.11). */
    static SmtpSyntaxException unknownParameter(String keyword) {
        return new SmtpSyntaxException(SmtpReply.of(555, EnhancedStatusCode.INVALID_ARGUMENTS,
                "Unsupported parameter " + keyword));
    }

    /** 553 5.6.7: a non-ASCII address without SMTPUTF8 (RFC 6531). */
    static SmtpSyntaxException nonAsciiAddress() {
        return new SmtpSyntaxException(SmtpReply.of(553, EnhancedStatusCode.NON_ASCII_ADDRESS,
                "Non-ASCII address requires the SMTPUTF8 parameter"));
    }
}
