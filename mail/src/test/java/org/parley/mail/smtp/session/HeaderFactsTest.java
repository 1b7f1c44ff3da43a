package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderFactsTest {
    static HeaderFacts scan(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return HeaderFacts.scan(b, b.length);
    }

    @Test
    void countsReceivedAndFindsIdentityFieldsInAnyCase() {
        HeaderFacts f = scan("Received: a\r\n\tb\r\nRECEIVED : c\r\nmessage-id: <x@y>\r\nDATE: now\r\n\r\nReceived: body\r\n");
        assertThat(f).isEqualTo(new HeaderFacts(2, true, true));
    }

    @Test
    void stopsAtTheEmptyLineAndIgnoresLookalikes() {
        HeaderFacts f = scan("X-Received: a\r\nReceived-SPF: pass\r\nDates: x\r\n Message-ID: folded\r\n\r\nDate: body\r\n");
        assertThat(f).isEqualTo(new HeaderFacts(0, false, false));
    }

    @Test
    void handlesLfOnlyTruncatedAndEmptyContent() {
        assertThat(scan("Date: x\nReceived: y\n\nbody")).isEqualTo(new HeaderFacts(1, false, true));
        assertThat(scan("Received")).isEqualTo(new HeaderFacts(0, false, false));
        assertThat(scan("")).isEqualTo(new HeaderFacts(0, false, false));
        assertThat(scan("\r\n")).isEqualTo(new HeaderFacts(0, false, false));
    }

    @Test
    void scansOnlyTheGivenLength() {
        byte[] b = "Date: x\r\nMessage-ID: <a@b>\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(HeaderFacts.scan(b, 9)).isEqualTo(new HeaderFacts(0, false, true));
    }
}
