package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** FETCH (RFC 9051 §6.4.5) of every item, sections, partials and BINARY (RFC 3516). */
class FetchTest extends ServerTestBase {
    @BeforeAll
    static void fill() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Fetch");
            c.append("Fetch", "\\Seen", message("simple.eml"));
            c.append("Fetch", null, message("multipart.eml"));
        }
    }

    private static ImapTestClient open() throws Exception {
        ImapTestClient c = alice();
        c.ok("EXAMINE Fetch");
        return c;
    }

    @Test
    void metadataItems() throws Exception {
        try (ImapTestClient c = open()) {
            String r = c.ok("FETCH 1 (UID FLAGS RFC822.SIZE INTERNALDATE ENVELOPE)").all();
            assertThat(r).contains("* 1 FETCH (UID 1 FLAGS (\\Seen) RFC822.SIZE " + message("simple.eml").length() + " INTERNALDATE \"");
            assertThat(r).contains("ENVELOPE (\"Mon, 7 Feb 2022 21:52:25 +0100\" \"Hello there\" ((\"Alice Example\" NIL \"alice\" \"example.test\"))");
            String all = c.ok("FETCH 2 ALL").all();
            assertThat(all).contains("FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE");
        }
    }

    @Test
    void bodyStructureAndBody() throws Exception {
        try (ImapTestClient c = open()) {
            String r = c.ok("FETCH 2 (BODYSTRUCTURE BODY)").all();
            assertThat(r).contains("BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\"");
            assertThat(r).contains("\"MIXED\" (\"BOUNDARY\" \"XYZ\")");
            assertThat(r).contains(" BODY ((\"TEXT\" \"PLAIN\"");
        }
    }

    @Test
    void sectionsAndPartials() throws Exception {
        try (ImapTestClient c = open()) {
            String whole = c.ok("FETCH 1 BODY.PEEK[]").all();
            assertThat(whole).contains("BODY[] {" + message("simple.eml").length() + "}\r\n" + message("simple.eml"));
            assertThat(c.ok("FETCH 1 BODY.PEEK[]<0.4>").all()).contains("BODY[]<0> {4}\r\nFrom");
            assertThat(c.ok("FETCH 1 BODY.PEEK[]<100000.4>").all()).contains("BODY[]<100000> {0}");
            assertThat(c.ok("FETCH 1 BODY.PEEK[HEADER.FIELDS (SUBJECT TO)]").all())
                    .contains("BODY[HEADER.FIELDS (SUBJECT TO)] {52}\r\nTo: Bob <bob@example.test>\r\nSubject: Hello there\r\n\r\n");
            assertThat(c.ok("FETCH 1 BODY.PEEK[HEADER.FIELDS.NOT (SUBJECT TO DATE MESSAGE-ID)]").all())
                    .contains("From: Alice Example <alice@example.test>\r\n\r\n");
            assertThat(c.ok("FETCH 1 BODY.PEEK[TEXT]").all()).contains("BODY[TEXT] {38}\r\nHello Bob,\r\nthis is a plain message.\r\n");
            assertThat(c.ok("FETCH 2 BODY.PEEK[1]").all()).contains("BODY[1] {34}\r\nSee the r=C3=A9sum=C3=A9 attached.");
            assertThat(c.ok("FETCH 2 BODY.PEEK[2.MIME]").all()).contains("Content-Disposition: attachment");
            assertThat(c.ok("FETCH 2 BODY.PEEK[9]").all()).contains("BODY[9] NIL");
            assertThat(c.ok("FETCH 1 (RFC822.HEADER RFC822.TEXT)").all()).contains("RFC822.HEADER {", "RFC822.TEXT {38}");
        }
    }

    @Test
    void binaryDecodesAndRefusesUnknownEncodings() throws Exception {
        try (ImapTestClient c = open()) {
            assertThat(c.ok("FETCH 2 BINARY.PEEK[1]").all()).contains("BINARY[1] {26}\r\nSee the résumé attached.");
            assertThat(c.ok("FETCH 2 BINARY.PEEK[2]").all()).contains("BINARY[2] ~{10}\r\n\u0000\u0001\u0002");
            assertThat(c.ok("FETCH 2 BINARY.SIZE[2]").all()).contains("BINARY.SIZE[2] 10");
            assertThat(c.ok("FETCH 2 BINARY.PEEK[2]<2.3>").all()).contains("BINARY[2]<2> {3}");
            assertThat(c.command("FETCH 2 BINARY.PEEK[3]").tagged()).contains("NO [UNKNOWN-CTE]");
        }
    }

    @Test
    void bodyWithoutPeekSetsSeenAndReportsFlags() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Fetch2");
            c.append("Fetch2", null, simple("unread"));
            c.ok("SELECT Fetch2");
            String r = c.ok("FETCH 1 BODY[TEXT]").all();
            assertThat(r).contains("FLAGS (\\Seen \\Recent)");
            assertThat(c.ok("FETCH 1 FLAGS").all()).contains("\\Seen");
        }
    }

    @Test
    void uidFetchAndSequenceErrors() throws Exception {
        try (ImapTestClient c = open()) {
            assertThat(c.ok("UID FETCH 2:* FLAGS").all()).contains("* 2 FETCH (UID 2 FLAGS ()");
            assertThat(c.ok("UID FETCH 99 FLAGS").untagged()).isEmpty();
            assertThat(c.command("FETCH 3 FLAGS").status()).isEqualTo("BAD");
            assertThat(c.ok("FETCH 1:* (FLAGS)").lines("FETCH")).hasSize(2);
        }
    }
}
