package org.parley.mail.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.OriginalRecipient;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.store.message.BodyPart;
import org.parley.store.message.MessageParser;
import org.parley.store.message.ParsedMessage;

/** RFC 3464 / RFC 6522 structure of composed notices, read back with the store's parser. */
class DsnComposerTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final byte[] ORIGINAL = ("From: a@example.test\r\nTo: b@far.test\r\nSubject: hello\r\n\r\nbody text\r\n")
            .getBytes(StandardCharsets.UTF_8);
    final DsnComposer composer = new DsnComposer("mx.example.test", Clock.fixed(NOW, ZoneOffset.UTC), 1000);

    static DsnRecipient failed(String to, SmtpReply reply) {
        return new DsnRecipient(to, null, DsnAction.FAILED, DsnRecipient.statusOf(reply), "mx.far.test", reply, NOW, null);
    }

    static DsnReport report(List<DsnRecipient> r, byte[] original, DsnReturn ret, boolean utf8) {
        return new DsnReport(MailPath.of(new EmailAddress("a", "example.test")), "env-1", NOW.minusSeconds(60), r,
                original, ret, utf8);
    }

    static String part(byte[] raw, BodyPart p) {
        return new String(Arrays.copyOfRange(raw, (int) p.bodyStart(), (int) p.end()), StandardCharsets.UTF_8);
    }

    @Test
    void failureNoticeStructure() {
        SmtpReply r = SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX, "no such user");
        byte[] raw = composer.compose(report(List.of(failed("b@far.test", r)), ORIGINAL, null, false));
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).startsWith("From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\r\nTo: <a@example.test>\r\n");
        assertThat(text).contains("Auto-Submitted: auto-replied\r\n");

        ParsedMessage m = MessageParser.parse(raw);
        BodyPart root = m.body();
        assertThat(root.type() + "/" + root.subtype()).isEqualTo("multipart/report");
        assertThat(root.params()).containsEntry("report-type", "delivery-status");
        assertThat(root.children()).extracting(p -> p.type() + "/" + p.subtype())
                .containsExactly("text/plain", "message/delivery-status", "message/rfc822");
        String status = part(raw, root.children().get(1));
        assertThat(status).isEqualTo("Reporting-MTA: dns; mx.example.test\r\n"
                + "Original-Envelope-Id: env-1\r\n"
                + "Arrival-Date: Sun, 1 Mar 2026 09:59:00 +0000\r\n"
                + "\r\n"
                + "Final-Recipient: rfc822; b@far.test\r\n"
                + "Action: failed\r\n"
                + "Status: 5.1.1\r\n"
                + "Remote-MTA: dns; mx.far.test\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n"
                + "Last-Attempt-Date: Sun, 1 Mar 2026 10:00:00 +0000\r\n");
        // without RET a failure returns the whole message, parsed as an attached message
        BodyPart returned = root.children().get(2);
        assertThat(returned.isMessage()).isTrue();
        assertThat(returned.envelope().subject()).isEqualTo("hello");
        assertThat(part(raw, root.children().get(0))).contains("<b@far.test>: failed (host mx.far.test said: 550 5.1.1 no such user)");
    }

    @Test
    void headersOnlyForRetHdrsForDelaysAndForLargeMessages() {
        SmtpReply r = SmtpReply.of(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE, "busy");
        DsnRecipient delayed = new DsnRecipient("b@far.test", new OriginalRecipient("rfc822", "B@far.test"),
                DsnAction.DELAYED, DsnRecipient.statusOf(r), null, r, NOW, NOW.plusSeconds(3600));
        byte[] raw = composer.compose(report(List.of(delayed), ORIGINAL, null, false));
        BodyPart root = MessageParser.parse(raw).body();
        assertThat(root.children().get(2).type() + "/" + root.children().get(2).subtype()).isEqualTo("text/rfc822-headers");
        assertThat(part(raw, root.children().get(2))).contains("Subject: hello").doesNotContain("body text");
        assertThat(part(raw, root.children().get(1))).contains("Original-Recipient: rfc822; B@far.test\r\n")
                .contains("Action: delayed\r\nStatus: 4.3.0\r\n").contains("Will-Retry-Until: Sun, 1 Mar 2026 11:00:00 +0000");
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("Subject: Delayed Mail");

        SmtpReply p = SmtpReply.of(550, null, "no");
        byte[] hdrs = composer.compose(report(List.of(failed("b@far.test", p)), ORIGINAL, DsnReturn.HDRS, false));
        assertThat(MessageParser.parse(hdrs).body().children().get(2).subtype()).isEqualTo("rfc822-headers");
        assertThat(part(hdrs, MessageParser.parse(hdrs).body().children().get(1))).contains("Status: 5.0.0");

        byte[] big = new byte[5000];
        System.arraycopy(ORIGINAL, 0, big, 0, ORIGINAL.length);
        Arrays.fill(big, ORIGINAL.length, big.length, (byte) 'x');
        byte[] tooBig = composer.compose(report(List.of(failed("b@far.test", p)), big, DsnReturn.FULL, false));
        assertThat(MessageParser.parse(tooBig).body().children().get(2).subtype()).isEqualTo("rfc822-headers");
        assertThat(new String(tooBig, StandardCharsets.UTF_8)).contains("too large to return whole");
    }

    @Test
    void smtpUtf8OriginalsUseTheGlobalTypes() {
        SmtpReply r = SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX, "no");
        byte[] raw = composer.compose(report(List.of(failed("jörg@bücher.test", r)), ORIGINAL, DsnReturn.HDRS, true));
        BodyPart root = MessageParser.parse(raw).body();
        assertThat(root.children()).extracting(BodyPart::subtype)
                .containsExactly("plain", "global-delivery-status", "global-headers");
        assertThat(part(raw, root.children().get(1))).contains("Final-Recipient: utf-8; jörg@bücher.test");
    }

    @Test
    void controlCharactersNeverBreakAHeaderLine() {
        SmtpReply r = SmtpReply.of(550, null, "x");
        byte[] raw = composer.compose(report(List.of(failed("evil\r\nBcc: victim@x.test@far.test", r)), ORIGINAL,
                DsnReturn.HDRS, false));
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r\nBcc:");
        assertThat(MessageParser.parse(raw).body().children()).hasSize(3);
    }

    @Test
    void messageWithoutHeaderEndIsReturnedWhole() {
        byte[] noBlank = "Subject: only a header".getBytes(StandardCharsets.US_ASCII);
        assertThat(DsnComposer.headerEnd(noBlank)).isEqualTo(noBlank.length);
        assertThat(DsnComposer.headerEnd("A: b\n\nbody".getBytes(StandardCharsets.US_ASCII))).isEqualTo(6);
        assertThat(DsnComposer.headerEnd("A: b\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII))).isEqualTo(8);
        byte[] raw = composer.compose(report(List.of(failed("b@far.test", SmtpReply.of(550, null, "x"))), noBlank,
                DsnReturn.HDRS, false));
        assertThat(MessageParser.parse(raw).body().children()).hasSize(3);
    }

    @Test
    void notifyDefaults() {
        assertThat(DsnAction.FAILED.wantedBy(java.util.Set.of())).isTrue();
        assertThat(DsnAction.DELAYED.wantedBy(java.util.Set.of())).isTrue();
        assertThat(DsnAction.DELIVERED.wantedBy(java.util.Set.of())).isFalse();
        assertThat(DsnAction.FAILED.wantedBy(java.util.Set.of(org.parley.mail.smtp.codec.DsnNotify.NEVER))).isFalse();
        assertThat(DsnAction.RELAYED.wantedBy(java.util.Set.of(org.parley.mail.smtp.codec.DsnNotify.SUCCESS))).isTrue();
        assertThat(DsnAction.DELAYED.wantedBy(java.util.Set.of(org.parley.mail.smtp.codec.DsnNotify.FAILURE))).isFalse();
    }
}
