package org.parley.directory.auth;

import java.time.Instant;
import org.parley.directory.password.ScramCredential;

/** The first half of a SCRAM login: either refused up front or the parameters to continue with. */
public sealed interface ScramLogin {
    /** Too many recent failures; do not continue the exchange. */
    record Throttled(Instant retryAfter) implements ScramLogin {}

    /**
     * Continue with these salt, iteration count and keys. For an unknown name (or one without
     * SCRAM keys) the credential is a decoy and {@code accountId} is 0: the proof will not match.
     *
     * @param login the name as the client sent it, for {@link Authenticator#scramFinished}
     */
    record Ready(String login, long accountId, ScramCredential credential) implements ScramLogin {}
}
