package org.parley.directory.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedPasswords cache = new VerifiedPasswords(2, 100, new SecureRandom(), now::get);

    @Test
    void remembersOnlyTheExactPasswordForTheExactHash() {
        cache.remember("$argon2id$a", "secret");
        assertThat(cache.known("$argon2id$a", "secret")).isTrue();
        assertThat(cache.known("$argon2id$a", "Secret")).isFalse();
        assertThat(cache.known("$argon2id$a", "secret ")).isFalse();
        // a new password is a new stored hash: the old success does not carry over
        assertThat(cache.known("$argon2id$b", "secret")).isFalse();
    }

    @Test
    void forgetsAfterTheTimeToLive() {
        cache.remember("h", "pw");
        now.addAndGet(100);
        assertThat(cache.known("h", "pw")).isTrue();
        now.addAndGet(1);
        assertThat(cache.known("h", "pw")).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void boundedLeastRecentlyUsedFirst() {
        cache.remember("h1", "a");
        cache.remember("h2", "b");
        assertThat(cache.known("h1", "a")).isTrue();
        cache.remember("h3", "c");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.known("h2", "b")).isFalse();
        assertThat(cache.known("h1", "a")).isTrue();
        assertThat(cache.known("h3", "c")).isTrue();
    }

    @Test
    void zeroCapacityRemembersNothing() {
        VerifiedPasswords zero = new VerifiedPasswords(0, 100, new SecureRandom(), now::get);
        zero.remember("h", "pw");
        assertThat(zero.known("h", "pw")).isFalse();
    }
}
