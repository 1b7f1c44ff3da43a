package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithKeywordTest {
    @ParameterizedTest
    @CsvSource({
            // lmtp, extended, secure, authenticated, utf8, keyword (RFC 3848, RFC 6531 §3.7.3)
            "false, false, false, false, false, SMTP",
            "false, false, true,  false, false, SMTP",
            "false, true,  false, false, false, ESMTP",
            "false, true,  true,  false, false, ESMTPS",
            "false, true,  false, true,  false, ESMTPA",
            "false, true,  true,  true,  false, ESMTPSA",
            "false, true,  true,  true,  true,  UTF8SMTPSA",
            "false, true,  false, false, true,  UTF8SMTP",
            "true,  true,  false, false, false, LMTP",
            "true,  true,  true,  false, false, LMTPS",
            "true,  true,  true,  true,  false, LMTPSA",
            "true,  true,  false, false, true,  UTF8LMTP"})
    void keyword(boolean lmtp, boolean extended, boolean secure, boolean auth, boolean utf8, String expected) {
        assertThat(WithKeyword.of(lmtp, extended, secure, auth, utf8)).isEqualTo(expected);
    }
}
