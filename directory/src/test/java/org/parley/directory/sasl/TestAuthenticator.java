package org.parley.directory.sasl;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.auth.Authenticator;
import org.parley.directory.auth.ScramLogin;
import org.parley.directory.password.ScramCredential;

/**
 * An in-memory {@link Authenticator} with real credential checks (clear passwords, derived SCRAM
 * keys, real digests), so mechanisms can be tested without a database. Records every outcome.
 */
final class TestAuthenticator implements Authenticator {
    record User(long id, String name, String password, boolean reversible, boolean canImpersonate, ScramCredential scram) {}

    private final Map<String, User> users = new HashMap<>();
    final List<String> outcomes = new ArrayList<>();
    boolean throttled;

    User add(String name, String password, boolean reversible, boolean canImpersonate, byte[] salt, int iterations) {
        User u = new User(users.size() + 1, name, password, reversible, canImpersonate,
                ScramCredential.derive(password, salt, iterations));
        users.put(name.toLowerCase(Locale.ROOT), u);
        return u;
    }

    User add(String name, String password) {
        return add(name, password, false, false, new byte[] {1, 2, 3, 4}, 4096);
    }

    private Optional<User> find(String login) {
        return Optional.ofNullable(login == null ? null : users.get(login.toLowerCase(Locale.ROOT)));
    }

    private static Authenticated auth(User u) {
        return new Authenticated(u.id(), u.name(), 1, "example.com");
    }

    private AuthResult outcome(Optional<User> u, boolean ok) {
        if (ok && u.isPresent()) {
            outcomes.add("ok:" + u.get().name());
            return new AuthResult.Success(auth(u.get()));
        }
        outcomes.add("fail:" + u.map(User::name).orElse("?"));
        return new AuthResult.Failed();
    }

    @Override
    public AuthResult authenticate(String login, String password, InetAddress remote) {
        if (throttled) {
            return new AuthResult.Throttled(Instant.EPOCH);
        }
        Optional<User> u = find(login);
        return outcome(u, u.map(x -> x.password().equals(password)).orElse(false));
    }

    @Override
    public AuthResult authenticateApop(String login, String token, String digestHex, InetAddress remote) {
        Optional<User> u = find(login).filter(User::reversible);
        return outcome(u, u.map(x -> ChallengeDigests.matches(ChallengeDigests.apop(token, x.password()), digestHex)).orElse(false));
    }

    @Override
    public AuthResult authenticateCramMd5(String login, String challenge, String digestHex, InetAddress remote) {
        if (throttled) {
            return new AuthResult.Throttled(Instant.EPOCH);
        }
        Optional<User> u = find(login).filter(User::reversible);
        return outcome(u, u.map(x -> ChallengeDigests.matches(ChallengeDigests.cramMd5(x.password(), challenge), digestHex))
                .orElse(false));
    }

    @Override
    public ScramLogin scramStart(String login, InetAddress remote) {
        if (throttled) {
            return new ScramLogin.Throttled(Instant.EPOCH);
        }
        Optional<User> u = find(login);
        return u.<ScramLogin>map(x -> new ScramLogin.Ready(login, x.id(), x.scram()))
                .orElseGet(() -> new ScramLogin.Ready(login, 0, new ScramCredential(new byte[] {9}, 4096, new byte[32], new byte[32])));
    }

    @Override
    public AuthResult scramFinished(ScramLogin.Ready ready, boolean proofMatched, InetAddress remote) {
        return outcome(ready.accountId() == 0 ? Optional.empty() : find(ready.login()), proofMatched);
    }

    @Override
    public Optional<Authenticated> authorize(Authenticated actor, String authzid) {
        Optional<User> target = find(authzid);
        Optional<User> self = users.values().stream().filter(u -> u.id() == actor.accountId()).findFirst();
        if (target.isEmpty() || self.isEmpty()) {
            return Optional.empty();
        }
        if (target.get().id() == actor.accountId() || self.get().canImpersonate()) {
            return Optional.of(auth(target.get()));
        }
        return Optional.empty();
    }
}
