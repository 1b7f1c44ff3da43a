package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** Repeated wrong passwords are throttled (its own server: the throttle counts per address). */
class ThrottleTest extends ServerTestBase {
    @Test
    void wrongPasswordsAreThrottledEvenForTheRightOne() throws Exception {
        try (ImapTestClient c = server.connect()) {
            String last = "";
            for (int i = 0; i < 8; i++) {
                last = c.command("LOGIN bob wrong-" + i).tagged();
            }
            assertThat(last).contains("NO [UNAVAILABLE]");
            assertThat(c.command("LOGIN bob " + BOB_PW).tagged()).contains("NO");
        }
        // another connection still gets an answer and the server goes on serving
        try (ImapTestClient c = server.connect()) {
            c.ok("CAPABILITY");
        }
    }
}
