package org.parley.directory.auth;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per remote address and refuses attempts while either is
 * in back-off (see {@link ThrottlePolicy}). A success resets the account's counter but not the
 * address's, so one valid account cannot be used to keep guessing others from the same place.
 *
 * <p>State is in memory on this node only: a restart forgets it, and in a cluster each node
 * throttles separately. Thread-safe; the clock is injected so tests never sleep.
 */
public final class LoginThrottle {
    private record Counter(int failures, Instant lastFailure, Instant blockedUntil) {}

    private final ThrottlePolicy policy;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public LoginThrottle(ThrottlePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Whether an attempt may go ahead.
     *
     * @param accountId the account the login name resolved to, or 0 if it resolved to none
     * @param remote    the client's address, or null
     * @return the instant before which the attempt is refused, or empty if it may proceed
     */
    public Optional<Instant> blockedUntil(long accountId, InetAddress remote) {
        Instant now = clock.instant();
        Instant until = null;
        for (String key : keys(accountId, remote)) {
            Counter c = counters.get(key);
            if (c != null && c.blockedUntil() != null && now.isBefore(c.blockedUntil())
                    && (until == null || c.blockedUntil().isAfter(until))) {
                until = c.blockedUntil();
            }
        }
        return Optional.ofNullable(until);
    }

    /** Records a failed attempt against the account (if any) and the address (if any). */
    public void failure(long accountId, InetAddress remote) {
        Instant now = clock.instant();
        for (String key : keys(accountId, remote)) {
            counters.compute(key, (k, old) -> next(old, now));
        }
        if (counters.size() > policy.maxTracked()) {
            prune(now);
        }
    }

    /** Records a successful login: the account's failures are forgotten. */
    public void success(long accountId) {
        if (accountId > 0) {
            counters.remove("a:" + accountId);
        }
    }

    private Counter next(Counter old, Instant now) {
        boolean expired = old == null || Duration.between(old.lastFailure(), now).compareTo(policy.window()) > 0;
        int failures = expired ? 1 : old.failures() + 1;
        Instant blocked = null;
        if (failures >= policy.freeFailures()) {
            blocked = now.plus(delay(failures - policy.freeFailures()));
        }
        return new Counter(failures, now, blocked);
    }

    /** initialDelay × 2^excess, capped at maxDelay. */
    private Duration delay(int excess) {
        Duration d = policy.initialDelay();
        for (int i = 0; i < excess && d.compareTo(policy.maxDelay()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
    }

    /** Drops expired counters, then the oldest, until a tenth of the room is free again. */
    private void prune(Instant now) {
        counters.entrySet().removeIf(e -> Duration.between(e.getValue().lastFailure(), now).compareTo(policy.window()) > 0
                && (e.getValue().blockedUntil() == null || !now.isBefore(e.getValue().blockedUntil())));
        int target = policy.maxTracked() - policy.maxTracked() / 10;
        if (counters.size() > target) {
            List<Map.Entry<String, Counter>> all = new ArrayList<>(counters.entrySet());
            all.sort(Comparator.comparing(e -> e.getValue().lastFailure()));
            for (int i = 0; i < all.size() - target; i++) {
                counters.remove(all.get(i).getKey());
            }
        }
    }

    /** Number of accounts and addresses currently remembered (for tests and metrics). */
    public int tracked() {
        return counters.size();
    }

    private static List<String> keys(long accountId, InetAddress remote) {
        List<String> keys = new ArrayList<>(2);
        if (accountId > 0) {
            keys.add("a:" + accountId);
        }
        if (remote != null) {
            keys.add("ip:" + remote.getHostAddress());
        }
        return keys;
    }
}
