package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.BodyType;
import org.parley.mail.smtp.codec.SmtpReply;

/** RFC 3030 CHUNKING: BDAT chunks, pipelined chunks, refusals that still consume the chunk, BINARYMIME. */
class BdatTest extends SessionTestBase {

    static String bdat(String chunk, boolean last) {
        return "BDAT " + chunk.getBytes(StandardCharsets.UTF_8).length + (last ? " LAST" : "") + "\r\n" + chunk;
    }

    @Test
    void chunksAreJoinedIntoOneMessage() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send(bdat("Subject: chunks\r\n\r\nfirst ", false));
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(250);
            c.send(bdat("second\r\n", true));
            SmtpReply last = c.read();
            assertThat(last.code()).isEqualTo(250);
            assertThat(last.text()).contains("queued as");
        }
        assertThat(fixture.delivery.next().text()).endsWith("\r\nSubject: chunks\r\n\r\nfirst second\r\n");
    }

    @Test
    void aWholePipelinedTransactionInOneWrite() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.send("MAIL FROM:<carol@remote.example>\r\nRCPT TO:<bob@example.test>\r\nRCPT TO:<alice@example.test>\r\n"
                    + bdat("Subject: p\r\n\r\n", false) + bdat("body\r\n", false) + "BDAT 0 LAST\r\nNOOP\r\n");
            List<SmtpReply> replies = c.read(7);
            assertThat(replies).extracting(SmtpReply::code).containsExactly(250, 250, 250, 250, 250, 250, 250);
            assertThat(replies.get(5).text()).contains("queued as");
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.recipients()).hasSize(2);
        assertThat(m.text()).endsWith("Subject: p\r\n\r\nbody\r\n");
    }

    @Test
    void refusedBdatStillConsumesItsChunk() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            // no MAIL: 503, and the 4 octets "NOOP" are content, not a command
            c.send("BDAT 6 LAST\r\nNOOP\r\n");
            assertThat(c.read().code()).isEqualTo(503);
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<unknown@example.test>");
            c.send("BDAT 6 LAST\r\nRSET\r\n");
            assertThat(c.read().code()).isEqualTo(554); // no valid recipients
            assertThat(c.command("NOOP").code()).isEqualTo(250);
        }
    }

    @Test
    void oversizedChunksAreDrainedAndRefusedUntilLast() throws Exception {
        int port = fixture.start(fixture.config(SmtpFlavour.MX).withMaxMessageSize(1000));
        try (SmtpClient c = SmtpClient.connect(port)) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<big@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send(bdat("x".repeat(800), false) + bdat("y".repeat(800), false) + bdat("z".repeat(10), true));
            List<SmtpReply> replies = c.read(3);
            assertThat(replies).extracting(SmtpReply::code).containsExactly(250, 552, 552);
            assertThat(replies.get(2).status()).hasToString("5.3.4");
            assertThat(c.command("MAIL FROM:<carol@remote.example>").code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.committed).isEmpty();
        assertThat(fixture.delivery.abortedFrom("<big@remote.example>")).isEqualTo(1);
    }

    @Test
    void onlyChunksRsetNoopAndQuitBetweenChunks() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<reset@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send(bdat("Subject: x\r\n\r\n", false));
            c.read();
            assertThat(c.command("DATA").code()).isEqualTo(503);
            assertThat(c.command("RCPT TO:<alice@example.test>").code()).isEqualTo(503);
            assertThat(c.command("MAIL FROM:<carol@remote.example>").code()).isEqualTo(503);
            assertThat(c.command("NOOP").code()).isEqualTo(250);
            assertThat(c.command("RSET").code()).isEqualTo(250);
            assertThat(c.command("MAIL FROM:<carol@remote.example>").code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.abortedFrom("<reset@remote.example>")).isEqualTo(1);
    }

    @Test
    void binaryMimeCarriesNulAndLoneLineEndings() throws Exception {
        byte[] binary = "Subject: bin\r\nContent-Transfer-Encoding: binary\r\n\r\n\0\1\n\r\u00ff"
                .getBytes(StandardCharsets.ISO_8859_1);
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            assertThat(c.command("MAIL FROM:<carol@remote.example> BODY=BINARYMIME").code()).isEqualTo(250);
            c.command("RCPT TO:<bob@example.test>");
            assertThat(c.command("DATA").code()).isEqualTo(503); // RFC 3030 §3
            c.sendBytes(("BDAT " + binary.length + " LAST\r\n").getBytes(StandardCharsets.US_ASCII));
            c.sendBytes(binary);
            assertThat(c.read().code()).isEqualTo(250);
        }
        RecordingDelivery.Committed m = fixture.delivery.next();
        assertThat(m.parameters().body()).hasValue(BodyType.BINARY_MIME);
        assertThat(m.message()).endsWith(binary);
    }

    @Test
    void textChunksFollowThePortsLineEndingAndNulPolicy() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send(bdat("Subject: lf\n\nbare\n", true));
            SmtpReply r = c.read();
            assertThat(r.code()).isEqualTo(550);
            assertThat(r.status()).hasToString("5.6.0");
            c.command("MAIL FROM:<carol@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send(bdat("Subject: nul\r\n\r\n\0\r\n", true));
            assertThat(c.read().code()).isEqualTo(554);
        }
        assertThat(fixture.delivery.committed).isEmpty();
    }

    @Test
    void submissionNormalizesBareLineEndingsInChunks() throws Exception {
        try (SmtpClient c = submission()) {
            c.command("EHLO client.example");
            AuthTest.authPlain(c, SmtpFixture.ALICE, SmtpFixture.ALICE_PASSWORD);
            c.command("MAIL FROM:<" + SmtpFixture.ALICE + ">");
            c.command("RCPT TO:<bob@example.test>");
            c.send(bdat("Subject: lf\nDate: x\nMessage-ID: <a@b>\n\nbare\n", true));
            assertThat(c.read().code()).isEqualTo(250);
        }
        assertThat(fixture.delivery.next().text()).endsWith("Subject: lf\r\nDate: x\r\nMessage-ID: <a@b>\r\n\r\nbare\r\n");
    }

    @Test
    void connectionLostInsideAChunkAbortsTheTransaction() throws Exception {
        try (SmtpClient c = mx()) {
            c.command("EHLO client.example");
            c.command("MAIL FROM:<lost-chunk@remote.example>");
            c.command("RCPT TO:<bob@example.test>");
            c.send("BDAT 1000 LAST\r\nonly a little");
        }
        Poll.until(() -> fixture.delivery.abortedFrom("<lost-chunk@remote.example>") == 1);
        assertThat(fixture.delivery.committed).isEmpty();
    }
}
