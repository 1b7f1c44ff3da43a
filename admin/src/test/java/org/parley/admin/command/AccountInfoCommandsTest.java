package org.parley.admin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.testing.CliConnection;
import org.parley.admin.testing.CliSessionTestBase;
import org.parley.core.format.CgpDate;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;
import org.parley.store.mail.AppendMessage;

/** GETACCOUNTINFO: storage used, messages, last login. */
class AccountInfoCommandsTest extends CliSessionTestBase {
    @BeforeEach
    void alice() throws Exception {
        pm.ok("CREATEACCOUNT alice {Password=\"a\";}");
    }

    private void append(String mailbox, int octets) {
        long id = server.directory().findAccount("alice@example.test").id();
        byte[] message = ("Subject: s\r\n\r\n" + "x".repeat(octets - 16) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(message).hasSize(octets);
        server.mailStore().session(id).append(mailbox, new AppendMessage(message));
    }

    @Test
    void storageGrowsWithMessagesAndShrinksWithDeletedMailboxes() throws Exception {
        assertThat(pm.data("GETACCOUNTINFO alice")).isEqualTo(Map.of("StorageUsed", 0L, "Messages", 0L));
        append("INBOX", 1000);
        append("INBOX", 500);
        pm.ok("CREATEMAILBOX alice MAILBOX Archive");
        append("Archive", 2000);
        assertThat(pm.data("GETACCOUNTINFO alice")).isEqualTo(Map.of("StorageUsed", 3500L, "Messages", 3L));
        pm.ok("DELETEMAILBOX alice MAILBOX Archive");
        assertThat(pm.data("GETACCOUNTINFO alice Key StorageUsed")).isEqualTo(1500L);
        assertThat(pm.data("GETACCOUNTINFO alice KEY \"#storageused\"")).isEqualTo(1500L);
        assertThat(pm.data("GETACCOUNTINFO alice (Messages, StorageUsed, LastLogin)"))
                .isEqualTo(Map.of("Messages", 2L, "StorageUsed", 1500L));
        assertThat(pm.data("GETACCOUNTINFO alice Key (messages)")).isEqualTo(Map.of("Messages", 2L));
        assertThat(pm.data("GETACCOUNTINFO alice Key LastLogin")).isEqualTo(CgpNull.NULL);
        assertThat(pm.data("GETACCOUNTINFO alice Key Nonsense")).isEqualTo(CgpNull.NULL);
        // another account's usage is its own
        assertThat(pm.data("GETACCOUNTINFO postmaster Key StorageUsed")).isEqualTo(0L);
    }

    @Test
    void lastLoginIsSetByALogin() throws Exception {
        server.clock().advance(Duration.ofHours(2));
        try (CliConnection alice = server.login("alice", "a", true)) {
            alice.ok("NOOP");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) pm.data("GETACCOUNTINFO alice");
        // the test clock starts at 2026-03-01T10:15:30Z
        assertThat(info).containsEntry("LastLogin", new CgpDate(LocalDate.of(2026, 3, 1), LocalTime.of(12, 15, 30)))
                .containsEntry("LastAddress", new CgpIp("127.0.0.1", -1));

        server.clock().advance(Duration.ofHours(1));
        try (CliConnection failed = server.connect()) {
            failed.expect("USER alice", CliCodes.MORE);
            failed.expect("PASS wrong", CliCodes.BAD_PASSWORD);
        }
        assertThat(pm.data("GETACCOUNTINFO alice Key LastLogin")).isEqualTo(info.get("LastLogin"));
    }

    @Test
    void badInput() throws Exception {
        pm.expect("GETACCOUNTINFO", CliCodes.BAD_PARAMETERS);
        pm.expect("GETACCOUNTINFO nobody", CliCodes.UNKNOWN_OBJECT);
        pm.expect("GETACCOUNTINFO alice@nope.test", CliCodes.UNKNOWN_DOMAIN);
        pm.expect("GETACCOUNTINFO alice Key", CliCodes.BAD_PARAMETERS);
        pm.expect("GETACCOUNTINFO alice Key {a=b;}", CliCodes.BAD_PARAMETERS);
        pm.expect("GETACCOUNTINFO alice StorageUsed", CliCodes.BAD_PARAMETERS);
        pm.expect("GETACCOUNTINFO alice (StorageUsed, #5)", CliCodes.BAD_PARAMETERS);
        pm.expect("GETACCOUNTINFO alice Key StorageUsed extra", CliCodes.BAD_PARAMETERS);
        assertThat(pm.data("GETACCOUNTINFO alice ()")).isEqualTo(Map.of());
    }
}
