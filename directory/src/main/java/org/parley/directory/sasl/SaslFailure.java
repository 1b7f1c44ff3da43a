package org.parley.directory.sasl;

/** Why a SASL exchange failed, for the protocol to choose its reply. */
public enum SaslFailure {
    /** The client's message broke the mechanism's syntax (bad layout, bad UTF-8, too long). */
    MALFORMED,
    /** Unknown name, wrong password, or no usable credential for this mechanism. */
    INVALID_CREDENTIALS,
    /** Refused by login throttling, whatever the credentials. */
    THROTTLED,
    /** The credentials were right but the authorization identity is not allowed. */
    NOT_AUTHORIZED,
    /** The client asked for a feature this server does not offer (SCRAM channel binding, extensions). */
    UNSUPPORTED
}
