package org.parley.mail.smtp.codec;

import java.io.IOException;

/**
 * The peer server broke the reply syntax (RFC 5321 §4.2): the client should treat the session as
 * failed with a transient error and close the connection.
 */
public final class SmtpProtocolException extends IOException {

    public SmtpProtocolException(String message) {
        super(message);
    }
}
