package org.parley.mail.smtp.codec;

/** One RCPT NOTIFY= condition (RFC 3461 §4.1). NEVER never appears together with the others. */
public enum DsnNotify {
    NEVER,
    SUCCESS,
    FAILURE,
    DELAY
}
