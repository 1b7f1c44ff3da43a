package org.parley.directory.sasl;

import org.parley.directory.auth.Authenticated;

/** What a mechanism answers to one client response. */
public sealed interface SaslStep {
    /** Send {@code data} to the client (protocols base64-encode it) and feed its answer to the next step. */
    record Challenge(byte[] data) implements SaslStep {}

    /**
     * Authenticated as {@code principal}. {@code finalData} is the server's last message (SCRAM's
     * {@code v=…}) or null; a protocol that cannot carry data with its success reply sends it as
     * one more challenge and expects an empty response before reporting success (RFC 4422 §5).
     */
    record Success(Authenticated principal, byte[] finalData) implements SaslStep {}

    /**
     * The exchange failed. {@code detail} is for logs, or for SCRAM the {@code e=…} server-error
     * (RFC 5802 §7) a protocol may send; it never says whether the account exists.
     */
    record Failure(SaslFailure reason, String detail) implements SaslStep {}
}
