/**
 * Listener glue: {@link org.parley.imap.server.ImapServer} is the
 * {@link org.parley.core.net.ConnectionHandler} of the {@code imap} (143, STARTTLS) and
 * {@code imaps} (993) listeners, and {@link org.parley.imap.server.Capabilities} computes what
 * CAPABILITY says for a connection's state (TLS, login, compression, the server setting
 * {@code PlainTextLoginAllowed}).
 */
package org.parley.imap.server;
