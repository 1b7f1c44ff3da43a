package org.parley.directory.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.core.testing.MutableClock;

class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(60), 1000);
    private final LoginThrottle throttle = new LoginThrottle(policy, clock);
    private final InetAddress ip1 = InetAddress.getLoopbackAddress();
    private final InetAddress ip2 = address("192.0.2.7");

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fourFailuresAreFreeTheFifthStartsBackOff() {
        for (int i = 0; i < 4; i++) {
            throttle.failure(7, ip1);
            assertThat(throttle.blockedUntil(7, ip1)).isEmpty();
        }
        throttle.failure(7, ip1);
        assertThat(throttle.blockedUntil(7, ip1)).contains(T0.plusSeconds(1));
    }

    @Test
    void delayDoublesUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            throttle.failure(7, null);
        }
        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            clock.advance(Duration.ofSeconds(61)); // wait out the current delay
            assertThat(throttle.blockedUntil(7, null)).isEmpty();
            throttle.failure(7, null);
            assertThat(throttle.blockedUntil(7, null)).contains(clock.instant().plusSeconds(seconds));
        }
    }

    @Test
    void accountIsThrottledFromEveryAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failure(7, ip1);
        }
        assertThat(throttle.blockedUntil(7, ip2)).isPresent();
        assertThat(throttle.blockedUntil(8, ip2)).isEmpty();
    }

    @Test
    void addressIsThrottledForEveryAccountIncludingUnknownNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failure(0, ip2); // unknown login names count against the address only
        }
        assertThat(throttle.blockedUntil(9, ip2)).isPresent();
        assertThat(throttle.blockedUntil(9, ip1)).isEmpty();
    }

    @Test
    void successResetsTheAccountButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failure(7, ip2);
        }
        throttle.success(7);
        assertThat(throttle.blockedUntil(7, null)).isEmpty();
        assertThat(throttle.blockedUntil(7, ip2)).isPresent();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failure(7, null);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failure(7, null);
        assertThat(throttle.blockedUntil(7, null)).isEmpty();
    }

    @Test
    void memoryIsBounded() {
        LoginThrottle small = new LoginThrottle(new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1),
                Duration.ofSeconds(60), 100), clock);
        for (int i = 1; i <= 1000; i++) {
            small.failure(i, null);
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(small.tracked()).isLessThanOrEqualTo(100);
        // the most recent offenders are the ones kept
        for (int i = 0; i < 4; i++) {
            small.failure(1000, null);
        }
        assertThat(small.blockedUntil(1000, null)).isPresent();
    }
}
