package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;

class FailureLimitTest extends Pop3ServerTestBase {
    @Override
    protected Pop3Config config() {
        return super.config().withLimits(4, 2);
    }

    @Test
    void tooManyFailedLoginsCloseTheConnection() throws Exception {
        try (Pop3Client c = connect()) {
            c.send("USER alice");
            assertThat(c.send("PASS one")).isEqualTo("-ERR [AUTH] authentication failed");
            c.send("USER alice");
            assertThat(c.send("PASS two")).isEqualTo("-ERR [AUTH] authentication failed, closing connection");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void tooManyBadCommandsCloseTheConnection() throws Exception {
        try (Pop3Client c = connect()) {
            for (int i = 0; i < 4; i++) {
                assertThat(c.send("BOGUS " + i)).isEqualTo("-ERR unknown command");
            }
            assertThat(c.send("RETR 1")).isEqualTo("-ERR too many bad commands, closing connection");
            assertThat(c.closedByServer()).isTrue();
        }
    }
}
