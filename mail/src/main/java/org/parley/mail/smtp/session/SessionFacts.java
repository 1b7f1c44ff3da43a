package org.parley.mail.smtp.session;

/**
 * What {@link CommandAdmission} needs to know about a connection besides its state.
 *
 * @param flavour         the listener's flavour
 * @param authenticated   AUTH succeeded on this connection
 * @param secure          TLS is active
 * @param tlsAvailable    the server can do TLS at all (STARTTLS possible once)
 * @param authOffered     AUTH is offered on this connection (SASL configured and, unless TLS,
 *                        loopback or PlainTextLoginAllowed, refused)
 */
public record SessionFacts(SmtpFlavour flavour, boolean authenticated, boolean secure, boolean tlsAvailable,
                           boolean authOffered) {}
