package org.parley.directory.auth;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Login checks shared by every protocol. Login names may be {@code name} (main domain),
 * {@code name@domain}, an account alias or use a domain alias; all resolve to the account.
 * Every method applies login throttling per account and per remote address, records failures
 * and, on success, resets the account's counter and records the last login.
 *
 * <p>{@code remote} is the client's address, or null for a local caller (it is then throttled by
 * account only). Implementations are thread-safe; each method is one attempt.
 */
public interface Authenticator {
    /** USER/PASS, LOGIN, PLAIN and the CLI: checks a clear-text password. */
    AuthResult authenticate(String login, String password, InetAddress remote);

    /**
     * APOP (RFC 1939 §7) and the CLI's APOP: {@code digestHex} = hex(MD5(token + password)).
     * Fails for accounts without a reversible password.
     */
    AuthResult authenticateApop(String login, String token, String digestHex, InetAddress remote);

    /**
     * CRAM-MD5 (RFC 2195): {@code digestHex} = hex(HMAC-MD5(password, challenge)). Fails for
     * accounts without a reversible password.
     */
    AuthResult authenticateCramMd5(String login, String challenge, String digestHex, InetAddress remote);

    /** Starts a SCRAM-SHA-256 login: throttling is checked and the stored keys fetched. */
    ScramLogin scramStart(String login, InetAddress remote);

    /**
     * Ends a SCRAM-SHA-256 login started by {@link #scramStart}: the mechanism reports whether the
     * client proof matched; the result is recorded like any other attempt.
     */
    AuthResult scramFinished(ScramLogin.Ready ready, boolean proofMatched, InetAddress remote);

    /**
     * Authorization identity (SASL authzid, CLI {@code AUTH}): the account {@code actor} may act
     * as. The same account (under any of its names) is always allowed; another account only if
     * {@code actor} has the Master right, or CanImpersonate in the target's domain.
     *
     * @return empty if the name is unknown or not allowed
     */
    Optional<Authenticated> authorize(Authenticated actor, String authzid);
}
