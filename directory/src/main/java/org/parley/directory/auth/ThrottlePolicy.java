package org.parley.directory.auth;

import java.time.Duration;

/**
 * When logins are slowed down. After {@code freeFailures} failures within {@code window} (counted
 * separately per account and per remote address), each further attempt is refused until a delay
 * has passed; the delay starts at {@code initialDelay} and doubles with every further failure up
 * to {@code maxDelay}. A counter whose last failure is older than {@code window} starts over.
 *
 * @param maxTracked how many accounts and addresses are remembered at most; the oldest entries
 *                   are dropped beyond it, which bounds memory under a spray of addresses
 */
public record ThrottlePolicy(int freeFailures, Duration window, Duration initialDelay, Duration maxDelay, int maxTracked) {
    public static final ThrottlePolicy DEFAULT =
            new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(15), 100_000);

    public ThrottlePolicy {
        if (freeFailures < 1 || window.isNegative() || window.isZero() || initialDelay.isNegative()
                || maxDelay.compareTo(initialDelay) < 0 || maxTracked < 1) {
            throw new IllegalArgumentException("inconsistent throttle policy");
        }
    }
}
