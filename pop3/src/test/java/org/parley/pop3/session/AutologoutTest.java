package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;

class AutologoutTest extends Pop3ServerTestBase {
    @Override
    protected Pop3Config config() {
        return super.config().withIdleTimeout(Duration.ofMillis(300));
    }

    @Test
    void idleSessionIsLoggedOutWithoutApplyingDeletions() throws Exception {
        long uid = server.deliver(server.alice, Pop3TestServer.message("keep", "x"));
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            assertThat(c.send("DELE 1")).startsWith("+OK");
            // RFC 1939 §3: the autologout timer ends the session without entering UPDATE
            assertThat(c.line()).isEqualTo("-ERR autologout: idle for too long");
            assertThat(c.closedByServer()).isTrue();
        }
        server.awaitNoConnections();
        assertThat(server.inboxUids(server.alice)).containsExactly(uid);
    }
}
