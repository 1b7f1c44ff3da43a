package org.parley.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.imap.server.ImapTestClient;
import org.parley.imap.server.ServerTestBase;

/** SEARCH, ESEARCH, SEARCHRES, SORT and THREAD handlers over the search engine. */
class SearchTest extends ServerTestBase {
    @BeforeAll
    static void fill() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("CREATE Srch");
            c.append("Srch", "\\Seen", message("simple.eml"));
            c.append("Srch", "\\Flagged", message("multipart.eml"));
            c.append("Srch", null, "From: zed@example.test\r\nSubject: Re: Hello there\r\nMessage-ID: <r1@example.test>\r\n"
                    + "In-Reply-To: <simple-1@example.test>\r\nDate: Wed, 9 Feb 2022 10:00:00 +0000\r\n\r\nGrüße zurück\r\n");
        }
    }

    private static ImapTestClient open() throws Exception {
        ImapTestClient c = alice();
        c.ok("SELECT Srch");
        return c;
    }

    @Test
    void classicSearchKeys() throws Exception {
        try (ImapTestClient c = open()) {
            assertThat(c.ok("SEARCH ALL").untagged()).containsExactly("* SEARCH 1 2 3");
            assertThat(c.ok("SEARCH SEEN").untagged()).containsExactly("* SEARCH 1");
            assertThat(c.ok("SEARCH UNSEEN NOT FLAGGED").untagged()).containsExactly("* SEARCH 3");
            assertThat(c.ok("SEARCH FROM carol").untagged()).containsExactly("* SEARCH 2");
            assertThat(c.ok("SEARCH SUBJECT hello").untagged()).containsExactly("* SEARCH 1 3");
            assertThat(c.ok("UID SEARCH BODY \"plain message\"").untagged()).containsExactly("* SEARCH 1");
            assertThat(c.ok("SEARCH TEXT attached").untagged()).containsExactly("* SEARCH 2");
            assertThat(c.ok("SEARCH OR SEEN FLAGGED").untagged()).containsExactly("* SEARCH 1 2");
            assertThat(c.ok("SEARCH LARGER 100000").untagged()).containsExactly("* SEARCH");
            assertThat(c.ok("SEARCH YOUNGER 3600").untagged()).containsExactly("* SEARCH 1 2 3");
        }
    }

    @Test
    void charsetUtf8() throws Exception {
        try (ImapTestClient c = open()) {
            byte[] word = "zurück".getBytes(StandardCharsets.UTF_8);
            c.send("u1 SEARCH CHARSET UTF-8 BODY {" + word.length + "+}");
            c.sendRaw(word);
            c.sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.readUntilTagged("u1").untagged()).containsExactly("* SEARCH 3");
            assertThat(c.command("SEARCH CHARSET X-NOPE ALL").tagged()).contains("NO [BADCHARSET");
        }
    }

    @Test
    void esearchAndSaveResult() throws Exception {
        try (ImapTestClient c = open()) {
            assertThat(c.ok("SEARCH RETURN (MIN MAX COUNT ALL) ALL").untagged())
                    .containsExactly("* ESEARCH (TAG \"a3\") MIN 1 MAX 3 ALL 1:3 COUNT 3");
            assertThat(c.ok("UID SEARCH RETURN (COUNT) SEEN").untagged()).containsExactly("* ESEARCH (TAG \"a4\") UID COUNT 1");
            assertThat(c.ok("SEARCH RETURN (SAVE) SUBJECT hello").untagged()).isEmpty();
            assertThat(c.ok("FETCH $ UID").untagged()).containsExactly("* 1 FETCH (UID 1)", "* 3 FETCH (UID 3)");
            assertThat(c.ok("SEARCH $ SEEN").untagged()).containsExactly("* SEARCH 1");
        }
    }

    @Test
    void imap4rev2GetsEsearch() throws Exception {
        try (ImapTestClient c = alice()) {
            c.ok("ENABLE IMAP4rev2");
            c.ok("SELECT Srch");
            assertThat(c.ok("SEARCH FLAGGED").untagged()).containsExactly("* ESEARCH (TAG \"a4\") ALL 2");
        }
    }

    @Test
    void sortAndThread() throws Exception {
        try (ImapTestClient c = open()) {
            assertThat(c.ok("SORT (REVERSE DATE) UTF-8 ALL").untagged()).containsExactly("* SORT 3 2 1");
            assertThat(c.ok("UID SORT (SUBJECT) UTF-8 ALL").untagged()).containsExactly("* SORT 1 3 2");
            assertThat(c.ok("THREAD REFERENCES UTF-8 ALL").untagged()).containsExactly("* THREAD (1 3)(2)");
            assertThat(c.ok("THREAD ORDEREDSUBJECT UTF-8 ALL").untagged()).containsExactly("* THREAD (1 3)(2)");
        }
    }
}
