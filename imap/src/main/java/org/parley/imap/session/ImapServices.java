package org.parley.imap.session;

import java.util.function.BooleanSupplier;
import org.parley.directory.auth.Authenticator;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.store.mail.MailStore;

/**
 * What every IMAP session shares: the services it calls and the server's settings. Built once by
 * the server glue; all members are thread-safe.
 *
 * @param plainTextLoginAllowed the server setting {@code PlainTextLoginAllowed} (read live, cached
 *                              by the supplier as it sees fit): LOGIN and AUTH=PLAIN without TLS
 *                              from non-loopback clients
 */
public record ImapServices(
        MailStore store,
        Authenticator authenticator,
        SaslMechanisms sasl,
        CapabilitySource capabilities,
        ImapOptions options,
        BooleanSupplier plainTextLoginAllowed) {}
