package org.parley.imap.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.testing.TestTls;

/**
 * Jakarta Mail's IMAP client (Angus), which real Java programs use, against the server: over
 * implicit TLS and over STARTTLS from a connection treated as remote (LOGINDISABLED until TLS).
 */
class AngusClientTest {
    @TempDir static Path dir;
    static ImapTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ImapTestServer.start(dir, o -> o.withLoopbackTrusted(false));
        server.createAccount("alice", "alice-pw-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Store imaps() throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", TestTls.trustingClientContext().getSocketFactory());
        p.put("mail.imaps.timeout", "10000");
        Store store = Session.getInstance(p).getStore("imaps");
        store.connect("127.0.0.1", server.tlsPort(), "alice", "alice-pw-1");
        return store;
    }

    private static Store startTls() throws Exception {
        Properties p = new Properties();
        p.put("mail.imap.starttls.enable", "true");
        p.put("mail.imap.starttls.required", "true");
        p.put("mail.imap.ssl.socketFactory", TestTls.trustingClientContext().getSocketFactory());
        p.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", server.port(), "alice", "alice-pw-1");
        return store;
    }

    private static MimeMessage mime(Session s, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(s);
        m.setFrom(new InternetAddress("carol@example.test", "Carol"));
        m.setRecipients(Message.RecipientType.TO, "alice@example.test");
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    @Test
    void listAppendReadFlagCopyMoveExpungeOverImaps() throws Exception {
        Store store = imaps();
        try {
            assertThat(((IMAPStore) store).hasCapability("IMAP4rev2")).isTrue();
            List<String> names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName).toList();
            assertThat(names).contains("INBOX", "Sent", "Drafts", "Trash", "Junk");

            IMAPFolder work = (IMAPFolder) store.getFolder("Work");
            assertThat(work.create(Folder.HOLDS_MESSAGES)).isTrue();
            Session s = Session.getInstance(new Properties());
            AppendUID[] uids = work.appendUIDMessages(new Message[] {mime(s, "Grüße", "Hallo Welt"), mime(s, "Second", "two")});
            assertThat(uids[0].uid).isEqualTo(1);
            assertThat(uids[1].uid).isEqualTo(2);

            work.open(Folder.READ_WRITE);
            assertThat(work.getMessageCount()).isEqualTo(2);
            FetchProfile fp = new FetchProfile();
            fp.add(FetchProfile.Item.ENVELOPE);
            fp.add(FetchProfile.Item.FLAGS);
            fp.add(UIDFolder.FetchProfileItem.UID);
            Message[] msgs = work.getMessages();
            work.fetch(msgs, fp);
            assertThat(msgs[0].getSubject()).isEqualTo("Grüße");
            assertThat(((InternetAddress) msgs[0].getFrom()[0]).getPersonal()).isEqualTo("Carol");
            assertThat(msgs[0].getContent().toString().trim()).isEqualTo("Hallo Welt");
            assertThat(msgs[0].isSet(Flags.Flag.SEEN)).isTrue();

            msgs[1].setFlag(Flags.Flag.FLAGGED, true);
            assertThat(work.getMessageByUID(2).isSet(Flags.Flag.FLAGGED)).isTrue();

            IMAPFolder archive = (IMAPFolder) store.getFolder("Archive");
            archive.create(Folder.HOLDS_MESSAGES);
            work.copyMessages(new Message[] {msgs[0]}, archive);
            work.moveMessages(new Message[] {msgs[1]}, archive);
            // Jakarta Mail keeps expunged messages in the list, marked, until the client expunges
            assertThat(msgs[1].isExpunged()).isTrue();
            assertThat(archive.getMessageCount()).isEqualTo(2);

            work.getMessage(1).setFlag(Flags.Flag.DELETED, true);
            Message[] gone = work.expunge();
            assertThat(gone).contains(msgs[0]);
            assertThat(work.getMessageCount()).isZero();
            work.close(false);
        } finally {
            store.close();
        }
    }

    @Test
    void multipartPartsOverStartTls() throws Exception {
        Store store = startTls();
        try {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            Session s = Session.getInstance(new Properties());
            String raw = ServerTestBase.message("multipart.eml");
            inbox.appendMessages(new Message[] {new MimeMessage(s, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)))});
            inbox.open(Folder.READ_ONLY);
            Message m = inbox.getMessage(inbox.getMessageCount());
            Multipart mp = (Multipart) m.getContent();
            assertThat(mp.getCount()).isEqualTo(3);
            BodyPart text = mp.getBodyPart(0);
            assertThat(text.getContent().toString()).contains("résumé");
            BodyPart data = mp.getBodyPart(1);
            assertThat(data.getFileName()).isEqualTo("data.bin");
            assertThat(data.getInputStream().readAllBytes()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    @Test
    void idleWakesOnNewMessage() throws Exception {
        Store watcherStore = imaps();
        Store actorStore = imaps();
        try {
            IMAPFolder created = (IMAPFolder) actorStore.getFolder("IdleBox");
            created.create(Folder.HOLDS_MESSAGES);
            IMAPFolder watched = (IMAPFolder) watcherStore.getFolder("IdleBox");
            watched.open(Folder.READ_ONLY);
            CountDownLatch added = new CountDownLatch(1);
            watched.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent e) {
                    added.countDown();
                }
            });
            Thread idler = Thread.ofVirtual().start(() -> {
                try {
                    watched.idle(true);
                } catch (Exception e) {
                    // the test fails on the latch below
                }
            });
            // if the append wins the race, IDLE reports the new message when it starts (it syncs first)
            created.appendMessages(new Message[] {mime(Session.getInstance(new Properties()), "wake", "up")});
            assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();
            idler.join(10_000);
            assertThat(watched.getMessageCount()).isEqualTo(1);
            watched.close(false);
        } finally {
            watcherStore.close();
            actorStore.close();
        }
    }
}
