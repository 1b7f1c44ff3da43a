package org.parley.imap.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Command lines as mainstream clients send them (resources/codec/client-commands.txt): each must
 * parse without any leniency into the command named beside it.
 */
class ClientCommandLinesTest {
    /** One line of the file: expected command name and the wire text (CRLF where the file says {@code <CRLF>}). */
    record Case(String client, String expectedName, String wire) {}

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        String client = "?";
        try (InputStream in = ClientCommandLinesTest.class.getResourceAsStream("/codec/client-commands.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("## ")) {
                    client = line.substring(3).trim();
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                cases.add(new Case(client, line.substring(0, bar).trim(), line.substring(bar + 3).replace("<CRLF>", "\r\n")));
            }
        }
        return cases;
    }

    @Test
    void everyClientLineParses() throws Exception {
        List<Case> cases = load();
        assertThat(cases).hasSizeGreaterThan(80);
        for (Case c : cases) {
            Wire w = new Wire((c.wire() + "\r\n").getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
            TaggedCommand parsed;
            try {
                parsed = w.next();
            } catch (ImapParseException e) {
                throw new AssertionError(c.client() + ": " + c.wire() + " -> " + e.getMessage(), e);
            }
            assertThat(parsed.command().commandName()).as(c.client() + ": " + c.wire()).isEqualTo(c.expectedName());
            assertThat(parsed.leniencies()).as(c.client() + ": " + c.wire()).isEmpty();
            assertThat(w.in.available()).as(c.client() + ": " + c.wire()).isZero();
        }
    }

    @Test
    void thunderbirdHeaderFetchInDetail() throws Exception {
        ImapCommand.Fetch f = (ImapCommand.Fetch) Wire.command("5 UID FETCH 1:* (UID RFC822.SIZE FLAGS BODY.PEEK[HEADER.FIELDS "
                + "(From To Cc Bcc Subject Date Message-ID Priority X-Priority References Newsgroups In-Reply-To Content-Type Reply-To)])");
        assertThat(f.uid()).isTrue();
        assertThat(f.set()).isEqualTo(SequenceSet.range(1, SequenceSet.STAR));
        assertThat(f.items()).hasSize(4);
        FetchItem.Body body = (FetchItem.Body) f.items().get(3);
        assertThat(body.peek()).isTrue();
        assertThat(body.section().kind()).isEqualTo(Section.Kind.HEADER_FIELDS);
        assertThat(body.section().headerFields()).containsExactly("From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID",
                "Priority", "X-Priority", "References", "Newsgroups", "In-Reply-To", "Content-Type", "Reply-To");
    }
}
