package org.parley.directory;

import java.net.InetAddress;
import java.util.Optional;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.auth.Authenticator;
import org.parley.directory.auth.LoginThrottle;
import org.parley.directory.auth.ScramLogin;
import org.parley.directory.password.ScramCredential;
import org.parley.directory.sasl.ChallengeDigests;

/**
 * {@link Authenticator} over the directory: resolves login names (name, name@domain, account
 * aliases, domain aliases), checks credentials, throttles and records last logins.
 */
final class DirectoryAuthenticator implements Authenticator {
    /** Longest login name looked up; anything longer cannot name an object. */
    private static final int MAX_LOGIN = ObjectNames.MAX_OBJECT_NAME + 1 + ObjectNames.MAX_DOMAIN_NAME;
    private final DirectoryCore core;
    private final LoginThrottle throttle;

    DirectoryAuthenticator(DirectoryCore core, LoginThrottle throttle) {
        this.core = core;
        this.throttle = throttle;
    }

    /** The account a login name designates, if any. Forwarders and groups cannot log in. */
    Optional<AccountRef> resolve(String login) {
        if (login == null || login.isEmpty() || login.length() > MAX_LOGIN) {
            return Optional.empty();
        }
        ObjectAddress a = ObjectAddress.parse(login);
        Optional<DomainRef> d = a.domain() == null ? core.repo.mainDomain() : core.repo.resolveDomain(a.domain());
        if (d.isEmpty() || a.name().isEmpty()) {
            return Optional.empty();
        }
        return core.repo.findObject(d.get().id(), a.name())
                .filter(e -> e.kind() == ObjectKind.ACCOUNT || e.kind() == ObjectKind.ALIAS)
                .flatMap(e -> core.repo.account(e.accountId()));
    }

    @Override
    public AuthResult authenticate(String login, String password, InetAddress remote) {
        Optional<AccountRef> account = resolve(login);
        long id = account.map(AccountRef::id).orElse(0L);
        Optional<java.time.Instant> blocked = throttle.blockedUntil(id, remote);
        if (blocked.isPresent()) {
            return new AuthResult.Throttled(blocked.get());
        }
        if (account.isEmpty()) {
            core.hasher.burn(); // the same work as a real check, so timing does not reveal unknown names
            return record(account, false, remote);
        }
        return record(account, core.hasher.verify(password, core.repo.credentials(id)), remote);
    }

    @Override
    public AuthResult authenticateApop(String login, String token, String digestHex, InetAddress remote) {
        if (!ChallengeDigests.isToken(token)) {
            return new AuthResult.Failed();
        }
        return challengeResponse(login, remote, clear -> ChallengeDigests.matches(ChallengeDigests.apop(token, clear), digestHex));
    }

    @Override
    public AuthResult authenticateCramMd5(String login, String challenge, String digestHex, InetAddress remote) {
        if (challenge == null || challenge.length() > ChallengeDigests.MAX_CHALLENGE) {
            return new AuthResult.Failed();
        }
        return challengeResponse(login, remote,
                clear -> ChallengeDigests.matches(ChallengeDigests.cramMd5(clear, challenge), digestHex));
    }

    private AuthResult challengeResponse(String login, InetAddress remote, java.util.function.Predicate<String> check) {
        Optional<AccountRef> account = resolve(login);
        long id = account.map(AccountRef::id).orElse(0L);
        Optional<java.time.Instant> blocked = throttle.blockedUntil(id, remote);
        if (blocked.isPresent()) {
            return new AuthResult.Throttled(blocked.get());
        }
        boolean ok = account.isPresent()
                && core.hasher.reversible(core.repo.credentials(id)).map(check::test).orElse(false);
        return record(account, ok, remote);
    }

    @Override
    public ScramLogin scramStart(String login, InetAddress remote) {
        Optional<AccountRef> account = resolve(login);
        long id = account.map(AccountRef::id).orElse(0L);
        Optional<java.time.Instant> blocked = throttle.blockedUntil(id, remote);
        if (blocked.isPresent()) {
            return new ScramLogin.Throttled(blocked.get());
        }
        Optional<ScramCredential> real = account.flatMap(a -> core.hasher.scram(core.repo.credentials(a.id())));
        String name = login == null ? "" : login;
        return new ScramLogin.Ready(name, real.isPresent() ? id : 0L, real.orElseGet(() -> core.hasher.fakeScram(name)));
    }

    @Override
    public AuthResult scramFinished(ScramLogin.Ready ready, boolean proofMatched, InetAddress remote) {
        Optional<AccountRef> account = ready.accountId() > 0 ? core.repo.account(ready.accountId()) : Optional.empty();
        if (account.isEmpty()) {
            account = resolve(ready.login()); // count the failure against the account, if the name has one
            return record(account, false, remote);
        }
        return record(account, proofMatched, remote);
    }

    @Override
    public Optional<Authenticated> authorize(Authenticated actor, String authzid) {
        Optional<AccountRef> target = resolve(authzid);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        AccountRef t = target.get();
        if (t.id() == actor.accountId() || core.hasRight(actor.accountId(), AccessRight.CAN_IMPERSONATE, t.domainId())) {
            return Optional.of(principal(t));
        }
        return Optional.empty();
    }

    private AuthResult record(Optional<AccountRef> account, boolean ok, InetAddress remote) {
        long id = account.map(AccountRef::id).orElse(0L);
        if (!ok || account.isEmpty()) {
            throttle.failure(id, remote);
            return new AuthResult.Failed();
        }
        throttle.success(id);
        core.repo.recordLogin(id, core.clock.instant(), remote == null ? null : remote.getHostAddress());
        return new AuthResult.Success(principal(account.get()));
    }

    static Authenticated principal(AccountRef a) {
        return new Authenticated(a.id(), a.name(), a.domainId(), a.domain());
    }
}
