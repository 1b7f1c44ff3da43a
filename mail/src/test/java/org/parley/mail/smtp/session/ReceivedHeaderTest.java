package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.core.net.IpRangeList;
import org.parley.mail.smtp.codec.EmailAddress;
import org.parley.mail.smtp.codec.MailPath;

class ReceivedHeaderTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 28, 18, 43, 26, 0, ZoneOffset.UTC);
    static final InetAddress V4 = IpRangeList.address("192.0.2.7");

    @Test
    void fullFieldWithTlsAndOneRecipient() {
        String field = ReceivedHeader.format("client.example", V4, "mx.example.test", "ESMTPS", "ABC123",
                "TLSv1.3 TLS_AES_128_GCM_SHA256", MailPath.of(new EmailAddress("bob", "example.test")), NOW);
        assertThat(field).isEqualTo("""
                Received: from client.example ([192.0.2.7])\r
                \tby mx.example.test (Parley) with ESMTPS id ABC123\r
                \t(TLSv1.3 TLS_AES_128_GCM_SHA256)\r
                \tfor <bob@example.test>;\r
                \tSat, 28 Nov 2026 18:43:26 +0000\r
                """);
    }

    @Test
    void noForClauseWithoutASingleRecipientAndNoCommentWithoutTls() {
        String field = ReceivedHeader.format("client.example", V4, "mx.example.test", "ESMTP", "X", null, null, NOW);
        assertThat(field).doesNotContain(" for ").doesNotContain("(TLS");
        assertThat(field).contains("with ESMTP id X;\r\n\tSat, 28 Nov 2026");
    }

    @Test
    void ipv6LiteralFollowsRfc5321() {
        String field = ReceivedHeader.format("[IPv6:::1]", IpRangeList.address("::1"), "mx", "ESMTP", "X", null, null, NOW);
        assertThat(field).startsWith("Received: from [IPv6:::1] ([IPv6:0:0:0:0:0:0:0:1])");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad(name", "a;b", "x)\r\nBcc: evil", "with space", "", "-leading.example", "a..b",
            "\u00e9t\u00e9.example"})
    void invalidHeloNamesAreReplacedByTheAddressLiteral(String helo) {
        String field = ReceivedHeader.format(helo, V4, "mx", "ESMTP", "X", null, null, NOW);
        assertThat(field).startsWith("Received: from [192.0.2.7] ([192.0.2.7])\r\n");
        assertThat(field.lines().count()).isEqualTo(3);
    }

    @Test
    void everyLineStaysShortAndFolded() {
        String longHelo = "a".repeat(63) + "." + "b".repeat(63) + ".example";
        String field = ReceivedHeader.format(longHelo, V4, "mx.example.test", "UTF8SMTPSA", "ID",
                "TLSv1.3 TLS_AES_256_GCM_SHA384", MailPath.of(new EmailAddress("x".repeat(64), "example.test")), NOW);
        field.lines().forEach(l -> assertThat(l.length()).isLessThan(998));
        assertThat(field.lines().skip(1)).allMatch(l -> l.startsWith("\t"));
    }
}
