package org.parley.mail.smtp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.net.IpRangeList;
import org.parley.directory.Directory;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.password.PasswordParameters;
import org.parley.mail.smtp.session.SessionPolicy.ClientRules;
import org.parley.store.directory.SqlDirectoryRepository;
import org.parley.store.sql.Database;
import org.parley.store.testing.TestDatabases;

/** ClientIPs/LANIPs, PlainTextLoginAllowed and the Relay access mode, read live from a real directory. */
class DirectorySessionPolicyTest {
    @TempDir Path dir;
    Database database;
    Directory directory;
    DirectorySessionPolicy policy;

    @BeforeEach
    void setUp() {
        database = TestDatabases.sqlite(dir);
        Clock clock = Clock.systemUTC();
        directory = new Directory(new SqlDirectoryRepository(database, clock), clock, PasswordParameters.fastForTests(),
                new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES"));
        directory.bootstrap("example.test", "postmaster-secret-1");
        policy = new DirectorySessionPolicy(directory);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void nothingIsAllowedByDefaultNotEvenLoopback() {
        assertThat(policy.rulesFor(IpRangeList.address("127.0.0.1"))).isEqualTo(ClientRules.NONE);
        assertThat(policy.rulesFor(IpRangeList.address("::1"))).isEqualTo(ClientRules.NONE);
    }

    @Test
    void clientIpsAndLanIpsGrantRelayAndChangesApplyLive() {
        directory.updateServerSettings(Map.of("ClientIPs", "192.0.2.0/24 ; office\n2001:db8::1"));
        assertThat(policy.rulesFor(IpRangeList.address("192.0.2.77")).relayByAddress()).isTrue();
        assertThat(policy.rulesFor(IpRangeList.address("2001:db8::1")).relayByAddress()).isTrue();
        assertThat(policy.rulesFor(IpRangeList.address("198.51.100.1")).relayByAddress()).isFalse();
        directory.updateServerSettings(Map.of("LANIPs", "198.51.100.0-198.51.100.9"));
        assertThat(policy.rulesFor(IpRangeList.address("198.51.100.1")).relayByAddress()).isTrue();
        directory.updateServerSettings(Map.of("ClientIPs", "default"));
        assertThat(policy.rulesFor(IpRangeList.address("192.0.2.77")).relayByAddress()).isFalse();
    }

    @Test
    void anInvalidListOpensNothing() {
        directory.updateServerSettings(Map.of("ClientIPs", "192.0.2.0/24\nmail.example.com"));
        assertThat(policy.rulesFor(IpRangeList.address("192.0.2.1")).relayByAddress()).isFalse();
    }

    @Test
    void plainTextLoginAllowed() {
        assertThat(policy.rulesFor(IpRangeList.address("192.0.2.1")).plaintextLoginAllowed()).isFalse();
        directory.updateServerSettings(Map.of("PlainTextLoginAllowed", "YES"));
        assertThat(policy.rulesFor(IpRangeList.address("192.0.2.1")).plaintextLoginAllowed()).isTrue();
    }

    @Test
    void relayAccessModeDecidesForAuthenticatedAccounts() {
        var alice = directory.createAccount("alice@example.test", Map.of("Password", "alice-secret-1"));
        Authenticated who = new Authenticated(alice.id(), alice.name(), alice.domainId(), alice.domain());
        assertThat(policy.mayRelay(who)).isTrue();
        directory.updateAccountSettings("alice@example.test", Map.of("AccessModes", List.of("27", "Mail", "IMAP")));
        assertThat(policy.mayRelay(who)).isFalse();
        directory.deleteAccount("alice@example.test");
        assertThat(policy.mayRelay(who)).isFalse();
    }
}
