package org.parley.mail.smtp.codec;

/**
 * Service extensions whose MAIL/RCPT parameters the parser understands. A parameter of an
 * extension the session has not enabled is treated as unknown (555 5.5.4), as RFC 5321 §4.1.1.11
 * requires for parameters the server did not advertise.
 */
public enum EsmtpExtension {
    /** RFC 1870: MAIL SIZE=. */
    SIZE("SIZE"),
    /** RFC 6152: MAIL BODY=7BIT / 8BITMIME. */
    EIGHT_BIT_MIME("8BITMIME"),
    /** RFC 3030: MAIL BODY=BINARYMIME (needs CHUNKING). */
    BINARY_MIME("BINARYMIME"),
    /** RFC 3030: BDAT. */
    CHUNKING("CHUNKING"),
    /** RFC 6531: MAIL SMTPUTF8 and UTF-8 paths. */
    SMTPUTF8("SMTPUTF8"),
    /** RFC 4954 §5: MAIL AUTH=. */
    AUTH("AUTH"),
    /** RFC 3461: MAIL RET=, ENVID=; RCPT NOTIFY=, ORCPT=. */
    DSN("DSN"),
    /** RFC 8689: MAIL REQUIRETLS. */
    REQUIRETLS("REQUIRETLS");

    private final String keyword;

    EsmtpExtension(String keyword) {
        this.keyword = keyword;
    }

    /** The EHLO keyword that advertises this extension. */
    public String keyword() {
        return keyword;
    }
}
