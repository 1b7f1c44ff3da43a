package org.parley.admin.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliLimits;
import org.parley.admin.codec.CliResponse;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliServer;

/** Hostile and broken input: each line gets a clear 5xx and the session keeps working. */
class BadInputTest {
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

    @Test
    void overLongLineIsRefusedAndTheNextCommandWorks() throws Exception {
        try (CliConnection c = server.postmaster()) {
            byte[] huge = new byte[CliLimits.MAX_COMMAND_LINE + 100];
            Arrays.fill(huge, (byte) 'x');
            byte[] line = ("ECHO \"" + new String(huge, StandardCharsets.US_ASCII) + "\"\n").getBytes(StandardCharsets.US_ASCII);
            c.sendRaw(line);
            CliResponse r = c.read();
            assertThat(r.code()).isEqualTo(CliCodes.BAD_PARAMETERS);
            assertThat(r.text()).contains("longer than");
            assertThat(c.data("ECHO ok")).isEqualTo("ok");
        }
    }

    @Test
    void aLineJustUnderTheLimitIsServed() throws Exception {
        try (CliConnection c = server.postmaster()) {
            String big = "y".repeat(CliLimits.MAX_COMMAND_LINE - 100);
            assertThat(c.data("ECHO " + big)).isEqualTo(big);
        }
    }

    @Test
    void syntaxErrorsUnknownCommandsAndGarbageGet5xx() throws Exception {
        try (CliConnection c = server.postmaster()) {
            List<String> bad = List.of(
                    "ECHO \"unterminated",
                    "CREATEACCOUNT bob {Password=\"x\";",
                    "CREATEACCOUNT bob {Password=\"x\" RealName=\"y\";}",
                    "UPDATEACCOUNTSETTINGS postmaster (a, b)",
                    "CREATEFORWARDER fw INTO x@y",
                    "LISTACCOUNTS example.test extra",
                    "ECHO " + "(".repeat(1000),
                    "GETACCOUNTSETTINGS",
                    "FROBNICATE now",
                    "}{)(",
                    "");
            for (String line : bad) {
                CliResponse r = c.call(line);
                assertThat(r.code()).as(line.length() > 60 ? line.substring(0, 60) : line).isBetween(500, 501);
                assertThat(r.text()).isNotBlank();
            }
            assertThat(c.call("FROBNICATE").code()).isEqualTo(CliCodes.UNKNOWN_COMMAND);
            c.ok("NOOP");
            assertThat(c.data("GETVERSION")).isEqualTo(CliServer.VERSION);
        }
    }

    @Test
    void bytesThatAreNotUtf8AndNulAreRefused() throws Exception {
        try (CliConnection c = server.postmaster()) {
            c.sendRaw(new byte[] {'E', 'C', 'H', 'O', ' ', (byte) 0xFF, (byte) 0xFE, '\n'});
            assertThat(c.read().code()).isEqualTo(CliCodes.BAD_PARAMETERS);
            c.sendRaw("ECHO \"a\0b\"\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.read().code()).isEqualTo(CliCodes.BAD_PARAMETERS);
            c.ok("NOOP");
        }
    }

    @Test
    void randomGarbageAfterLoginNeverKillsTheSession() throws Exception {
        Random random = new Random(7);
        try (CliConnection c = server.postmaster()) {
            for (int i = 0; i < 200; i++) {
                byte[] line = new byte[1 + random.nextInt(80)];
                random.nextBytes(line);
                ByteArrayOutputStream clean = new ByteArrayOutputStream();
                for (byte b : line) {
                    if (b != '\n') {
                        clean.write(b);
                    }
                }
                clean.write('\n');
                c.sendRaw(clean.toByteArray());
                assertThat(c.read().code()).isBetween(200, 599);
            }
            assertThat(c.data("ECHO still-here")).isEqualTo("still-here");
        }
    }

    @Test
    void garbageBeforeLoginGetsAnswersThenAPersistentClientIsDisconnected() throws Exception {
        try (CliConnection c = server.connect()) {
            for (int i = 0; i < CliSession.MAX_ERRORS_BEFORE_LOGIN - 1; i++) {
                assertThat(c.call("LISTDOMAINS").code()).isEqualTo(CliCodes.BAD_SEQUENCE);
            }
            c.expect("USER postmaster", 300); // a success resets the count
            for (int i = 0; i < CliSession.MAX_ERRORS_BEFORE_LOGIN - 1; i++) {
                assertThat(c.call("{x}").code()).isEqualTo(CliCodes.BAD_PARAMETERS);
            }
            assertThat(c.call("XYZZY").code()).isEqualTo(CliCodes.UNKNOWN_COMMAND);
            assertThat(c.readLine()).contains("too many errors");
            assertThat(c.closedByServer()).isTrue();
        }
        try (CliConnection next = server.postmaster()) {
            next.ok("NOOP"); // others are still served
        }
    }
}
