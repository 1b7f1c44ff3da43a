package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.SmtpReply;

/** Login throttling (the directory's policy: 3 free failures, then 30 s) answered with 454 4.7.0. */
class AuthThrottleTest extends SessionTestBase {

    @Test
    void afterTooManyFailuresEvenTheRightPasswordGets454UntilTheDelayPassed() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            for (int i = 0; i < 3; i++) {
                assertThat(c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.BOB, "wrong-" + i)).code())
                        .isEqualTo(535);
            }
            SmtpReply throttled = c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.BOB, SmtpFixture.BOB_PASSWORD));
            assertThat(throttled.code()).isEqualTo(454);
            assertThat(throttled.status()).hasToString("4.7.0");
            fixture.clock.advance(Duration.ofSeconds(31));
            assertThat(c.command("AUTH PLAIN " + SaslClient.plain(SmtpFixture.BOB, SmtpFixture.BOB_PASSWORD)).code())
                    .isEqualTo(235);
        }
    }
}
