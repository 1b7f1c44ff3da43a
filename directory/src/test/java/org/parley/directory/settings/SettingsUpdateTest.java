package org.parley.directory.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.core.format.CgpNull;

class SettingsUpdateTest {
    private static SettingsUpdate account(Map<String, ?> changes) {
        return SettingsUpdate.of(SettingOwner.ACCOUNT, changes, true);
    }

    @ParameterizedTest
    @CsvSource({
        "MaxAccountSize, 100m, 100M",
        "MaxAccountSize, 10K, 10K",
        "MaxAccountSize, UNLIMITED, unlimited",
        "MaxAccountSize, 2048, 2048",
        "MaxMessageCount, 500, 500",
        "MaxMessageCount, Unlimited, unlimited",
        "CanModifyPassword, yes, YES",
        "ExternalINBOX, No, NO",
        "RulesAllowed, filter only, Filter Only",
        "PasswordEncryption, CLEAR, clear",
        "AccessModes, all, All",
        "AccessModes, NONE, None",
        "RealName, Alice Liddell, Alice Liddell"
    })
    void knownKeysAreNormalized(String key, String given, String stored) {
        assertThat(account(Map.of(key, given)).put()).containsExactly(Map.entry(key, stored));
    }

    @Test
    void knownKeysMatchInAnyCaseAndAreStoredInCatalogSpelling() {
        assertThat(account(Map.of("maxaccountsize", "1G")).put()).containsExactly(Map.entry("MaxAccountSize", "1G"));
    }

    @Test
    void numbersMayBeGivenAsNumbers() {
        assertThat(account(Map.of("MaxMessageCount", 42L, "MaxAccountSize", 1024L)).put())
                .containsEntry("MaxMessageCount", "42")
                .containsEntry("MaxAccountSize", "1024");
    }

    @ParameterizedTest
    @CsvSource({
        "MaxAccountSize, 100X",
        "MaxAccountSize, -5",
        "MaxAccountSize, ''",
        "MaxAccountSize, 99999999999999999999K",
        "MaxMessageCount, lots",
        "MaxMessageCount, -1",
        "CanModifyPassword, maybe",
        "CanModifyPassword, true",
        "RulesAllowed, Everything",
        "PasswordEncryption, rot13",
        "AccessModes, Some"
    })
    void badValuesAreRejectedNamingTheKey(String key, String value) {
        assertThatThrownBy(() -> account(Map.of(key, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(key + ": expected");
    }

    @Test
    void aDomainKeyIsUnknownToAccountsAndKeptAsGiven() {
        assertThat(account(Map.of("MailToUnknown", "whatever")).put()).containsEntry("MailToUnknown", "whatever");
    }

    @Test
    void wrongValueTypesAreRejected() {
        assertThatThrownBy(() -> account(Map.of("RealName", List.of("a"))))
                .hasMessage("RealName: expected a string, got an array");
        assertThatThrownBy(() -> SettingsUpdate.of(SettingOwner.GROUP, Map.of("Members", "bob"), false))
                .hasMessageStartingWith("Members: expected an array of strings");
        assertThatThrownBy(() -> SettingsUpdate.of(SettingOwner.GROUP, Map.of("Members", List.of("a", 5L)), false))
                .hasMessageStartingWith("Members: expected an array of strings");
    }

    @Test
    void domainChoicesAreChecked() {
        SettingsUpdate ok = SettingsUpdate.of(SettingOwner.DOMAIN, Map.of("MailToUnknown", "rerouted TO"), false);
        assertThat(ok.put()).containsEntry("MailToUnknown", "Rerouted to");
        assertThatThrownBy(() -> SettingsUpdate.of(SettingOwner.DOMAIN, Map.of("MailToUnknown", "Bounce"), false))
                .hasMessage("MailToUnknown: expected one of Rejected, Discarded, Rerouted to, Accepted and Bounced, got \"Bounce\"");
    }

    @Test
    void accessModesArrayMayStartWithAVersionNumber() {
        Object modes = account(Map.of("AccessModes", List.of(27L, "Mail", "IMAP"))).put().get("AccessModes");
        assertThat(modes).isEqualTo(List.of("27", "Mail", "IMAP"));
        assertThatThrownBy(() -> account(Map.of("AccessModes", List.of("Mail", 3L))))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void unknownKeysAreKeptAsGivenWithAnyObjectValue() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("X-Custom", "v");
        in.put("Nested", Map.of("a", List.of(1L, CgpNull.NULL)));
        in.put("Blob", new byte[] {1, 2});
        assertThat(account(in).put()).containsKeys("X-Custom", "Nested", "Blob");
    }

    @Test
    void nonModelValuesAreRejected() {
        assertThatThrownBy(() -> account(Map.of("X", 5)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("Integer is not a CommuniGate object value");
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("X", java.util.Arrays.asList("a", null));
        assertThatThrownBy(() -> account(bad)).hasMessageContaining("array element is missing");
    }

    @Test
    void deeplyNestedValuesAreRejected() {
        Object v = "leaf";
        for (int i = 0; i < 100; i++) {
            v = List.of(v);
        }
        Object deep = v;
        assertThatThrownBy(() -> account(Map.of("X", deep))).hasMessageContaining("nests deeper");
    }

    @Test
    void defaultRemovesAKey() {
        SettingsUpdate u = account(Map.of("maxaccountsize", "default", "X-Mine", "default"));
        assertThat(u.put()).isEmpty();
        assertThat(u.remove()).containsExactlyInAnyOrder("MaxAccountSize", "X-Mine");
    }

    @Test
    void passwordIsSeparatedAndNeverStored() {
        SettingsUpdate u = account(Map.of("password", "s3cret", "RealName", "A"));
        assertThat(u.password()).contains("s3cret");
        assertThat(u.put()).containsOnlyKeys("RealName");
    }

    @Test
    void passwordIsRefusedWhereNotAllowed() {
        assertThatThrownBy(() -> SettingsUpdate.of(SettingOwner.ACCOUNT, Map.of("Password", "x"), false))
                .hasMessage("Password cannot be set here");
        assertThatThrownBy(() -> account(Map.of("Password", 5L))).hasMessage("Password: expected a string");
        assertThatThrownBy(() -> account(Map.of("Password", "default"))).hasMessageContaining("has no default");
    }

    @Test
    void badKeysAreRejected() {
        assertThatThrownBy(() -> account(Map.of("", "v"))).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> account(Map.of("a\nb", "v"))).hasMessageContaining("control character");
        assertThatThrownBy(() -> account(Map.of("k".repeat(129), "v"))).hasMessageContaining("longer than 128");
    }
}
