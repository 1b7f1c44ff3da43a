package org.parley.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;
import org.parley.store.mail.AppendMessage;
import org.parley.store.mail.MailSession;

/**
 * A mailbox larger than several FETCH chunks, with holes in its UIDs: sequence-number and UID
 * mapping, chunked FETCH and SEARCH across chunk borders.
 */
class LargeMailboxTest extends ServerTestBase {
    static final int N = 1100;

    @BeforeAll
    static void fill() {
        MailSession mail = server.store().session(alice);
        mail.create("Big");
        List<AppendMessage> batch = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            // identical content is stored once, so this stays fast
            batch.add(new AppendMessage(simple("same").getBytes(StandardCharsets.UTF_8)));
        }
        mail.append("Big", batch);
    }

    @Test
    void fetchAllAndMappingWithHoles() throws Exception {
        try (ImapTestClient c = alice()) {
            assertThat(c.ok("SELECT Big").untagged()).contains("* " + N + " EXISTS");
            ImapTestClient.Response all = c.ok("FETCH 1:* (UID FLAGS)");
            assertThat(all.lines("FETCH")).hasSize(N);
            assertThat(all.untagged().get(N - 1)).isEqualTo("* " + N + " FETCH (UID " + N + " FLAGS (\\Recent))");
            // punch holes across a chunk border, then check numbers still line up
            c.ok("UID STORE 499:502,1000 +FLAGS.SILENT (\\Deleted)");
            c.ok("EXPUNGE");
            assertThat(c.ok("FETCH 499 UID").untagged()).containsExactly("* 499 FETCH (UID 503)");
            assertThat(c.ok("UID FETCH 1000:1001 UID").untagged()).containsExactly("* 996 FETCH (UID 1001)");
            assertThat(c.ok("FETCH 1:* (ENVELOPE)").lines("FETCH")).hasSize(N - 5);
            assertThat(c.ok("SEARCH RETURN (COUNT MAX) UID 400:1200").untagged())
                    .containsExactly("* ESEARCH (TAG \"a9\") MAX 1095 COUNT 696");
        }
    }
}
