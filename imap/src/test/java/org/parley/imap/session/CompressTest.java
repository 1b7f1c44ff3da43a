package org.parley.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** COMPRESS=DEFLATE (RFC 4978): commands and responses round-trip through raw deflate. */
class CompressTest extends ServerTestBase {
    @Test
    void roundTrip() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("COMPRESS DEFLATE");
            c.startCompression();
            c.ok("CREATE Zip");
            String big = simple("compressed") + "x".repeat(20_000) + "\r\n";
            assertThat(c.append("Zip", null, big).ok()).isTrue();
            c.ok("SELECT Zip");
            assertThat(c.ok("FETCH 1 BODY.PEEK[]").all()).contains("x".repeat(20_000));
            assertThat(c.ok("CAPABILITY").all()).doesNotContain("COMPRESS=DEFLATE");
            assertThat(c.command("COMPRESS DEFLATE").tagged()).contains("NO [COMPRESSIONACTIVE]");
        }
    }

    @Test
    void notBeforeLogin() throws Exception {
        try (ImapTestClient c = server.connect()) {
            assertThat(c.command("COMPRESS DEFLATE").status()).isEqualTo("BAD");
            assertThat(c.command("COMPRESS LZ4").status()).isEqualTo("BAD");
        }
    }
}
