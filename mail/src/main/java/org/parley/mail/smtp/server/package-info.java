/**
 * Listener glue: {@link org.parley.mail.smtp.server.SmtpServer} is the
 * {@link org.parley.core.net.ConnectionHandler} of one listener, configured by a
 * {@link org.parley.mail.smtp.session.SmtpConfig} (flavour MX, SUBMISSION or LMTP, limits,
 * timeouts, bare-line-ending policy) and given the shared
 * {@link org.parley.mail.smtp.session.SmtpServices}. The composition root creates one per
 * listener: {@code smtp} (25, MX), {@code submission} (587) and {@code smtps} (465, implicit TLS)
 * both SUBMISSION, {@code lmtp} (24, bound to loopback unless a bind address is configured).
 * {@link org.parley.mail.smtp.server.DirectorySessionPolicy} reads ClientIPs, LANIPs and
 * PlainTextLoginAllowed from the directory's server settings, live.
 */
package org.parley.mail.smtp.server;
