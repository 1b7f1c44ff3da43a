package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliResponse;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliServer;
import org.parley.directory.sasl.ChallengeDigests;

/** Greeting, USER/PASS, APOP, AUTH WEBUSER, QUIT, state checks and throttling of wrong passwords. */
class LoginTest {
    private static final Pattern GREETING =
            Pattern.compile("200 example\\.test Parley CLI 9\\.9-test ready (<\\d+\\.\\d+@example\\.test>)");

    @TempDir java.nio.file.Path dir;
    CliServer server;

    @BeforeEach
    void start() throws Exception {
        server = CliServer.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static String token(CliConnection c) {
        Matcher m = GREETING.matcher(c.greeting());
        assertThat(m.matches()).as(c.greeting()).isTrue();
        return m.group(1);
    }

    @Test
    void greetingCarriesAnApopTokenThatDiffersPerConnection() throws Exception {
        try (CliConnection a = server.connect(); CliConnection b = server.connect()) {
            assertThat(token(a)).isNotEqualTo(token(b));
        }
    }

    @Test
    void userPassLoginAsInTheVendorTranscript() throws Exception {
        try (CliConnection c = server.connect()) {
            c.send("USER postmaster");
            assertThat(c.readLine()).isEqualTo("300 please send the PASS");
            c.send("PASS " + CliServer.PM_PASSWORD);
            assertThat(c.readLine()).isEqualTo("200 login OK");
            c.send("INLINE");
            assertThat(c.readLine()).isEqualTo("200 OK");
            c.send("QUIT");
            assertThat(c.readLine()).isEqualTo("200 Parley CLI connection closed");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void loginNamesMayUseTheDomainAnAliasOrCrlf() throws Exception {
        try (CliConnection c = server.connect()) {
            c.sendRaw("USER root@EXAMPLE.test\r\n".getBytes());
            assertThat(c.read().code()).isEqualTo(300);
            c.sendRaw(("PASS " + CliServer.PM_PASSWORD + "\r\n").getBytes());
            assertThat(c.read().code()).isEqualTo(200);
        }
    }

    @Test
    void passwordsAreTheRestOfTheLineSpacesAndQuotesIncluded() throws Exception {
        server.directory().createAccount("carol@example.test", Map.of("Password", "two \"words\" x"));
        try (CliConnection c = server.login("carol", "two \"words\" x", false)) {
            c.ok("NOOP");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        try (CliConnection c = server.connect()) {
            c.expect("USER postmaster", 300);
            CliResponse wrong = c.expect("PASS nope", CliCodes.BAD_PASSWORD);
            c.expect("USER nobody@example.test", 300);
            CliResponse unknown = c.expect("PASS nope", CliCodes.BAD_PASSWORD);
            assertThat(unknown.text()).isEqualTo(wrong.text());
            // the session goes on: a right password still works
            c.expect("USER postmaster", 300);
            c.expect("PASS " + CliServer.PM_PASSWORD, 200);
        }
    }

    @Test
    void apopWorksForAccountsWithAReversiblePassword() throws Exception {
        server.directory().createAccount("rev@example.test", Map.of("Password", "s3cret", "PasswordEncryption", "clear"));
        try (CliConnection c = server.connect()) {
            String digest = ChallengeDigests.apop(token(c), "s3cret");
            c.expect("APOP rev@example.test " + digest.toUpperCase(), 200);
            assertThat(c.data("GETVERSION")).isEqualTo(CliServer.VERSION);
        }
        try (CliConnection c = server.connect()) {
            // a digest over another connection's token is worthless here
            c.expect("APOP rev@example.test " + ChallengeDigests.apop("<1.2@example.test>", "s3cret"), CliCodes.BAD_PASSWORD);
        }
    }

    @Test
    void apopFailsForHashedPasswords() throws Exception {
        try (CliConnection c = server.connect()) {
            c.expect("APOP postmaster " + ChallengeDigests.apop(token(c), CliServer.PM_PASSWORD), CliCodes.BAD_PASSWORD);
            c.expect("APOP postmaster", CliCodes.BAD_PARAMETERS);
        }
    }

    @Test
    void authWebUser() throws Exception {
        try (CliConnection c = server.connect()) {
            c.expect("AUTH WEBUSER postmaster wrong", CliCodes.BAD_PASSWORD);
            c.expect("AUTH PLAIN x", CliCodes.BAD_PARAMETERS);
            c.expect("AUTH WEBUSER postmaster " + CliServer.PM_PASSWORD, 200);
        }
    }

    @Test
    void commandsOutOfSequence() throws Exception {
        try (CliConnection c = server.connect()) {
            c.expect("PASS x", CliCodes.BAD_SEQUENCE);
            c.expect("LISTDOMAINS", CliCodes.BAD_SEQUENCE);
            c.expect("GETVERSION", CliCodes.BAD_SEQUENCE);
            c.expect("FROBNICATE", CliCodes.UNKNOWN_COMMAND);
            c.ok("NOOP");
            c.expect("USER postmaster", 300);
            c.expect("PASS " + CliServer.PM_PASSWORD, 200);
            c.expect("USER postmaster", CliCodes.BAD_SEQUENCE);
            c.expect("PASS x", CliCodes.BAD_SEQUENCE);
            c.expect("APOP a b", CliCodes.BAD_SEQUENCE);
            c.expect("STLS", CliCodes.BAD_SEQUENCE); // this server has no TLS
            c.ok("NOOP");
        }
    }

    @Test
    void wrongPasswordsAreThrottledEvenForTheRightPasswordUntilTimePasses() throws Exception {
        try (CliConnection c = server.connect()) {
            for (int i = 0; i < 3; i++) {
                c.expect("AUTH WEBUSER postmaster wrong" + i, CliCodes.BAD_PASSWORD);
            }
            CliResponse throttled = c.expect("AUTH WEBUSER postmaster " + CliServer.PM_PASSWORD, CliCodes.BAD_PASSWORD);
            assertThat(throttled.text()).doesNotContain("postmaster");
        }
        try (CliConnection other = server.connect()) {
            // from the same address, another connection is throttled too
            other.expect("USER postmaster", 300);
            other.expect("PASS " + CliServer.PM_PASSWORD, CliCodes.BAD_PASSWORD);
            server.clock().advance(Duration.ofMinutes(2));
            other.expect("USER postmaster", 300);
            other.expect("PASS " + CliServer.PM_PASSWORD, 200);
        }
    }

    @Test
    void aSecondConnectionIsServedWhileTheFirstIsOpen() throws Exception {
        try (CliConnection first = server.postmaster(); CliConnection second = server.postmaster()) {
            first.ok("CREATEDOMAIN one.test");
            second.ok("CREATEDOMAIN two.test");
            assertThat(first.data("LISTDOMAINS")).asList().contains("one.test", "two.test");
        }
    }
}
