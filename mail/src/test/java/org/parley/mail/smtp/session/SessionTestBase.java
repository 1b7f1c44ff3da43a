package org.parley.mail.smtp.session;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One {@link SmtpFixture} per test class; recordings and relay settings are reset before each test. */
abstract class SessionTestBase {
    @TempDir
    static Path dir;
    static SmtpFixture fixture;

    @BeforeAll
    static void startFixture() throws Exception {
        fixture = new SmtpFixture(dir);
    }

    @AfterAll
    static void stopFixture() {
        fixture.close();
    }

    @BeforeEach
    void resetRecordings() {
        fixture.delivery.reset();
        fixture.directory.updateServerSettings(Map.of("ClientIPs", "default", "LANIPs", "default",
                "PlainTextLoginAllowed", "default"));
    }

    static SmtpClient mx() throws Exception {
        return SmtpClient.connect(fixture.port(SmtpFlavour.MX));
    }

    static SmtpClient submission() throws Exception {
        return SmtpClient.connect(fixture.port(SmtpFlavour.SUBMISSION));
    }

    static SmtpClient lmtp() throws Exception {
        return SmtpClient.connect(fixture.port(SmtpFlavour.LMTP));
    }

    static String message(String subject) {
        return "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: " + subject + "\r\n\r\nHello.\r\n";
    }
}
