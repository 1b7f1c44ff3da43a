package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliServer;
import org.parley.core.testing.TestTls;

/** STLS upgrades the connection; pipelined plaintext is dropped; a second STLS is refused. */
class StartTlsTest {
    @TempDir java.nio.file.Path dir;

    @Test
    void stlsThenLoginOverTls() throws Exception {
        try (CliServer server = CliServer.startWithTls(dir); CliConnection c = server.connect()) {
            // NOOP rides in the same packet as STLS: it must be discarded, not executed after the handshake
            c.sendRaw("STLS\nNOOP\n".getBytes());
            assertThat(c.readLine()).isEqualTo("200 begin TLS negotiation");
            c.handshake(TestTls.trustingClientContext());
            c.expect("STLS", CliCodes.BAD_SEQUENCE);
            c.expect("USER postmaster", 300);
            c.expect("PASS " + CliServer.PM_PASSWORD, 200);
            c.ok("INLINE");
            assertThat(c.data("MAINDOMAINNAME")).isEqualTo(CliServer.DOMAIN);
        }
    }
}
