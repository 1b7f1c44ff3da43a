package org.parley.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.pop3.testing.Pop3Client;
import org.parley.pop3.testing.Pop3ServerTestBase;
import org.parley.pop3.testing.Pop3TestServer;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MailSession;
import org.parley.store.mail.MailboxHandle;
import org.parley.store.mail.StoreMode;
import org.parley.store.mail.UidSet;

/**
 * A POP3 session open while the same account changes INBOX through the store the way an IMAP
 * session does (STORE, EXPUNGE, APPEND, MOVE), and two POP3 sessions at once.
 */
class ConcurrentImapTest extends Pop3ServerTestBase {
    private long uid1;
    private long uid2;
    private long uid3;
    private MailSession imap;
    private MailboxHandle inbox;

    @BeforeEach
    void mail() {
        uid1 = server.deliver(server.alice, Pop3TestServer.message("one", "1"));
        uid2 = server.deliver(server.alice, Pop3TestServer.message("two", "2"));
        uid3 = server.deliver(server.alice, Pop3TestServer.message("three", "3"));
        imap = server.store().session(server.alice);
        inbox = imap.open("INBOX");
    }

    private void imapExpunge(long uid) {
        imap.store(inbox, UidSet.of(uid), StoreMode.ADD, Flags.of("\\Deleted"), -1);
        assertThat(imap.expunge(inbox, UidSet.of(uid)).contains(uid)).isTrue();
    }

    @Test
    void messageExpungedByImapAnswersErrAndTheSessionGoesOn() throws Exception {
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            imapExpunge(uid2);
            long appended = server.imapAppend(server.alice, Pop3TestServer.message("four", "4"));
            imap.store(inbox, UidSet.of(uid3), StoreMode.ADD, Flags.of("\\Seen", "\\Flagged"), -1);

            assertThat(c.send("STAT")).as("the listing is the one of login").startsWith("+OK 3 ");
            assertThat(c.send("RETR 2")).isEqualTo("-ERR message 2 is no longer available");
            assertThat(c.send("TOP 2 0")).isEqualTo("-ERR message 2 is no longer available");
            assertThat(c.send("RETR 3")).startsWith("+OK");
            assertThat(c.lines()).contains("Subject: three");
            assertThat(c.send("DELE 1")).startsWith("+OK");
            assertThat(c.send("DELE 2")).startsWith("+OK");
            assertThat(c.send("QUIT")).startsWith("+OK");
            assertThat(server.inboxUids(server.alice)).containsExactly(uid3, appended);
        }
    }

    @Test
    void messageMovedAwayByImapIsNotTouchedAtQuit() throws Exception {
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            imap.move(inbox, UidSet.of(uid1), "Trash");
            assertThat(c.send("DELE 1")).startsWith("+OK");
            assertThat(c.send("DELE 3")).startsWith("+OK");
            assertThat(c.send("QUIT")).startsWith("+OK");
        }
        assertThat(server.inboxUids(server.alice)).containsExactly(uid2);
        assertThat(imap.snapshot(imap.open("Trash")).exists()).isEqualTo(1);
    }

    @Test
    void twoPop3SessionsDeletingTheSameMessage() throws Exception {
        try (Pop3Client a = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD);
                Pop3Client b = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            assertThat(a.send("DELE 1")).startsWith("+OK");
            assertThat(b.send("DELE 1")).startsWith("+OK");
            assertThat(b.send("DELE 3")).startsWith("+OK");
            assertThat(a.send("QUIT")).startsWith("+OK");
            assertThat(server.inboxUids(server.alice)).containsExactly(uid2, uid3);
            assertThat(b.send("RETR 1")).isEqualTo("-ERR message 1 already deleted");
            assertThat(b.send("QUIT")).startsWith("+OK");
        }
        assertThat(server.inboxUids(server.alice)).containsExactly(uid2);
    }

    @Test
    void flagsSetByImapSurviveAPop3SessionThatDeletesNothing() throws Exception {
        imap.store(inbox, UidSet.of(uid1), StoreMode.ADD, Flags.of("\\Flagged"), -1);
        try (Pop3Client c = loggedIn("alice", Pop3TestServer.ALICE_PASSWORD)) {
            assertThat(c.send("RETR 1")).startsWith("+OK");
            c.body();
            assertThat(c.send("QUIT")).isEqualTo("+OK bye");
        }
        assertThat(imap.fetch(inbox, UidSet.of(uid1), false).getFirst().flags().has(Flags.FLAGGED)).isTrue();
    }
}
