package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.iap.Protocol;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.BODYSTRUCTURE;
import org.eclipse.angus.mail.imap.protocol.ENVELOPE;
import org.eclipse.angus.mail.imap.protocol.FLAGS;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.ListInfo;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.Status;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.junit.jupiter.api.Test;
import org.parley.store.message.Address;
import org.parley.store.message.BodyPart;
import org.parley.store.message.Envelope;

/**
 * Our responses read back by a parser nobody here wrote: Jakarta Mail's (Angus) IMAP response
 * classes, which real Java clients use.
 */
class AngusInteropTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ImapWriter w = new ImapWriter(out);

    /** A client protocol engine reading what we wrote, literals included. */
    private Protocol client() throws Exception {
        w.flush();
        byte[] bytes = out.toByteArray();
        out.reset();
        return new Protocol(new ByteArrayInputStream(bytes), new PrintStream(OutputStream.nullOutputStream()), new Properties(), false);
    }

    private static final Envelope ENV = new Envelope("Mon, 7 Feb 1994 21:52:25 -0800", "afternoon \"meeting\"",
            List.of(new Address("Fred Foobar", null, "foobar", "Blurdybloop.example")),
            List.of(new Address("Fred Foobar", null, "foobar", "Blurdybloop.example")),
            List.of(new Address(null, null, "replies", "Blurdybloop.example")),
            List.of(new Address("Mooch", null, "mooch", "owatagu.siam.edu.example")),
            List.of(), List.of(), "<parent@x>", "<B27397-0100000@Blurdybloop.example>");

    @Test
    void fetchResponseWithStructure() throws Exception {
        BodyPart text = new BodyPart("text", "plain", Map.of("charset", "utf-8"), null, null, "quoted-printable", 120, 4,
                null, null, null, null, null, null, null, null, 0, 0, 0);
        BodyPart pdf = new BodyPart("application", "pdf", Map.of("name", "r.pdf"), null, null, "base64", 5000, 0,
                null, "attachment", Map.of("filename", "r.pdf"), null, null, null, null, null, 0, 0, 0);
        BodyPart inner = new BodyPart("text", "plain", Map.of(), null, null, "7bit", 20, 1, null, null, null, null, null,
                null, null, null, 0, 0, 0);
        BodyPart forwarded = new BodyPart("message", "rfc822", Map.of(), null, null, "7bit", 300, 9, null, null, null, null,
                null, null, ENV, inner, 0, 0, 0);
        BodyPart root = new BodyPart("multipart", "mixed", Map.of("boundary", "b"), null, null, null, 6000, 0, null, null,
                null, null, null, List.of(text, pdf, forwarded), null, null, 0, 0, 0);
        OffsetDateTime date = OffsetDateTime.of(2024, 3, 5, 8, 9, 10, 0, ZoneOffset.ofHours(1));
        w.fetch(3).uid(77).flags(List.of("\\Seen", "$Label1")).internalDate(date).rfc822Size(6000)
                .envelope(ENV).bodyStructure(root).bodySection(Section.WHOLE, null, "line1\r\nline2\r\n".getBytes(StandardCharsets.US_ASCII))
                .end();
        FetchResponse f = new FetchResponse(client());
        assertThat(f.getNumber()).isEqualTo(3);
        assertThat(f.getItem(UID.class).uid).isEqualTo(77);
        assertThat(f.getItem(FLAGS.class).getUserFlags()).containsExactly("$Label1");
        assertThat(f.getItem(FLAGS.class).contains(jakarta.mail.Flags.Flag.SEEN)).isTrue();
        assertThat(f.getItem(INTERNALDATE.class).getDate().toInstant()).isEqualTo(date.toInstant());
        assertThat(f.getItem(RFC822SIZE.class).size).isEqualTo(6000);

        ENVELOPE e = f.getItem(ENVELOPE.class);
        assertThat(e.subject).isEqualTo("afternoon \"meeting\"");
        assertThat(e.from[0].getAddress()).isEqualTo("foobar@Blurdybloop.example");
        assertThat(e.from[0].getPersonal()).isEqualTo("Fred Foobar");
        assertThat(e.replyTo[0].getAddress()).isEqualTo("replies@Blurdybloop.example");
        assertThat(e.cc).isNull();
        assertThat(e.inReplyTo).isEqualTo("<parent@x>");
        assertThat(e.messageId).isEqualTo("<B27397-0100000@Blurdybloop.example>");

        BODYSTRUCTURE b = f.getItem(BODYSTRUCTURE.class);
        assertThat(b.isMulti()).isTrue();
        assertThat(b.subtype).isEqualToIgnoringCase("mixed");
        assertThat(b.cParams.get("boundary")).isEqualTo("b");
        assertThat(b.bodies).hasSize(3);
        assertThat(b.bodies[0].type).isEqualToIgnoringCase("text");
        assertThat(b.bodies[0].lines).isEqualTo(4);
        assertThat(b.bodies[0].encoding).isEqualToIgnoringCase("quoted-printable");
        assertThat(b.bodies[1].disposition).isEqualToIgnoringCase("attachment");
        assertThat(b.bodies[1].dParams.get("filename")).isEqualTo("r.pdf");
        assertThat(b.bodies[1].size).isEqualTo(5000);
        assertThat(b.bodies[2].isNested()).isTrue();
        assertThat(b.bodies[2].envelope.subject).isEqualTo("afternoon \"meeting\"");
        assertThat(b.bodies[2].bodies[0].size).isEqualTo(20);
        assertThat(b.bodies[2].lines).isEqualTo(9);

        BODY body = f.getItem(BODY.class);
        assertThat(new String(body.getByteArray().getNewBytes(), StandardCharsets.US_ASCII)).isEqualTo("line1\r\nline2\r\n");
    }

    @Test
    void listAndStatus() throws Exception {
        w.write(new UntaggedResponse.ListEntry(List.of("\\HasNoChildren", "\\Drafts"), '/', "Entwürfe"));
        ListInfo list = new ListInfo(new IMAPResponse(client()));
        assertThat(list.separator).isEqualTo('/');
        assertThat(list.attrs).contains("\\Drafts");
        // Angus decodes modified UTF-7 itself: a check of our encoding by a decoder we did not write
        assertThat(list.name).isEqualTo("Entwürfe");

        Map<StatusItem, Long> values = new LinkedHashMap<>();
        values.put(StatusItem.MESSAGES, 12L);
        values.put(StatusItem.UIDNEXT, 300L);
        values.put(StatusItem.HIGHESTMODSEQ, 9000000000L);
        w.write(new UntaggedResponse.MailboxStatus("Entwürfe", values));
        Status status = new Status(new IMAPResponse(client()));
        assertThat(status.mbox).isEqualTo("Entwürfe");
        assertThat(status.total).isEqualTo(12);
        assertThat(status.uidnext).isEqualTo(300);
        assertThat(status.highestmodseq).isEqualTo(9000000000L);
    }

    @Test
    void literalStringsInEnvelope() throws Exception {
        Envelope e = new Envelope(null, "Grüße\r\nfolded", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        w.fetch(1).envelope(e).end();
        FetchResponse f = new FetchResponse(client());
        assertThat(f.getItem(ENVELOPE.class).subject).isNotNull().contains("folded");
    }
}
