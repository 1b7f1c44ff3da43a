package org.parley.directory.auth;

import java.time.Instant;

/** The outcome of one login attempt. */
public sealed interface AuthResult {
    /** The credentials were right; {@code who} is the account they belong to. */
    record Success(Authenticated who) implements AuthResult {}

    /**
     * Wrong password, unknown name, no usable credential for the mechanism or service not
     * allowed: deliberately one result, so replies never reveal whether an account exists.
     */
    record Failed() implements AuthResult {}

    /**
     * Too many recent failures for this account or remote address: the attempt was refused
     * without checking the password (even a right one fails) until {@code retryAfter}.
     */
    record Throttled(Instant retryAfter) implements AuthResult {}
}
