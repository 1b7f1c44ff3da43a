package org.parley.imap.session;

import java.util.List;

/**
 * Computes the CAPABILITY list for a connection's current situation (RFC 9051 §6.1.1: it changes
 * with STARTTLS and login). Implemented by the server glue; thread-safe.
 */
@FunctionalInterface
public interface CapabilitySource {
    /**
     * @param authenticated    logged in
     * @param canStartTls      TLS is available and not yet active
     * @param plaintextAllowed LOGIN and AUTH=PLAIN are acceptable on this connection
     * @param compressed       COMPRESS=DEFLATE is already active
     */
    List<String> capabilities(boolean authenticated, boolean canStartTls, boolean plaintextAllowed, boolean compressed);
}
