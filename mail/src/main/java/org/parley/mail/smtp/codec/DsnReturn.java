package org.parley.mail.smtp.codec;

/** The MAIL RET= value (RFC 3461 §4.3): what a DSN should carry of the original message. */
public enum DsnReturn {
    FULL,
    HDRS
}
