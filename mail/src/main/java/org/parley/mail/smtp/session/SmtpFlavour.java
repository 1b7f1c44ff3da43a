package org.parley.mail.smtp.session;

/**
 * Which service a listener offers. The flavour decides the greeting verb (HELO/EHLO or LHLO),
 * whether AUTH is required before MAIL, how replies after the message are given and the default
 * policies in {@link SmtpConfig}.
 */
public enum SmtpFlavour {
    /** Port 25: mail exchanger for the world (RFC 5321); relaying only for listed or authenticated clients. */
    MX("ESMTP"),
    /** Ports 587 and 465: message submission (RFC 6409, RFC 8314); AUTH before MAIL. */
    SUBMISSION("ESMTP"),
    /** LMTP (RFC 2033): final delivery from a trusted local MTA, one reply per recipient. */
    LMTP("LMTP");

    private final String greetingName;

    SmtpFlavour(String greetingName) {
        this.greetingName = greetingName;
    }

    /** The protocol name shown in the 220 greeting. */
    public String greetingName() {
        return greetingName;
    }

    public boolean isLmtp() {
        return this == LMTP;
    }
}
