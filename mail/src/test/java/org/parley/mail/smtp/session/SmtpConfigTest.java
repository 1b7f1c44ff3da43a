package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.BareLineEndings;

class SmtpConfigTest {
    @Test
    void flavourDefaults() {
        SmtpConfig mx = SmtpConfig.defaults(SmtpFlavour.MX, "mx.example.test");
        assertThat(mx.bareLineEndings()).isEqualTo(BareLineEndings.REJECT);
        assertThat(mx.maxMessageSize()).isEqualTo(50L * 1024 * 1024);
        assertThat(mx.maxRecipients()).isGreaterThanOrEqualTo(100); // RFC 5321 §4.5.3.1.8
        assertThat(mx.commandTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(SmtpConfig.defaults(SmtpFlavour.SUBMISSION, "x").bareLineEndings()).isEqualTo(BareLineEndings.NORMALIZE);
        assertThat(SmtpConfig.defaults(SmtpFlavour.LMTP, "x").bareLineEndings()).isEqualTo(BareLineEndings.NORMALIZE);
    }

    @Test
    void sizeLimitFitsTheStoreWithRoomForTraceFields() {
        SmtpConfig c = SmtpConfig.defaults(SmtpFlavour.MX, "x");
        assertThat(c.fittingStore(64L * 1024 * 1024).maxMessageSize()).isEqualTo(50L * 1024 * 1024);
        assertThat(c.fittingStore(10L * 1024 * 1024).maxMessageSize())
                .isEqualTo(10L * 1024 * 1024 - SmtpConfig.HEADER_HEADROOM);
    }

    @Test
    void rejectsNonsense() {
        SmtpConfig c = SmtpConfig.defaults(SmtpFlavour.MX, "x");
        assertThatThrownBy(() -> c.withMaxMessageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withMaxMessageSize(3L * 1024 * 1024 * 1024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withMaxRecipients(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmtpConfig.defaults(SmtpFlavour.MX, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
