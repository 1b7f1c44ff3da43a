package org.parley.pop3.session;

import org.parley.directory.Directory;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.directory.settings.CleartextPolicy;
import org.parley.store.mail.MailStore;

/**
 * What every POP3 session uses, built once by the server: the configuration, the directory (login,
 * AccessModes, server settings), the SASL mechanisms, the mail store and the clear-text policy.
 * Everything here is thread-safe and shared by all connections.
 */
public record Pop3Services(
        Pop3Config config, Directory directory, SaslMechanisms sasl, MailStore mailStore, CleartextPolicy cleartext) {
    /** Wires the services the usual way: SASL over the directory's authenticator, policy from its server settings. */
    public static Pop3Services of(Pop3Config config, Directory directory, SaslMechanisms sasl, MailStore mailStore) {
        return new Pop3Services(config, directory, sasl, mailStore,
                new CleartextPolicy(directory::getServerSettings, config.trustLoopback()));
    }
}
