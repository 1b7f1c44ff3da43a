package org.parley.directory.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveSettingsTest {
    private static EffectiveSettings account(Map<String, Object> own, Map<String, Object> domain, Map<String, Object> server) {
        return EffectiveSettings.resolve(SettingOwner.ACCOUNT, List.of(
                new EffectiveSettings.Layer(SettingSource.ACCOUNT, own),
                new EffectiveSettings.Layer(SettingSource.DOMAIN_ACCOUNT_DEFAULTS, domain),
                new EffectiveSettings.Layer(SettingSource.SERVER_ACCOUNT_DEFAULTS, server)));
    }

    @Test
    void mostSpecificLayerWinsAndSourceIsReported() {
        EffectiveSettings e = account(
                Map.of("MaxAccountSize", "10M"),
                Map.of("MaxAccountSize", "20M", "MaxMessageCount", "100"),
                Map.of("MaxAccountSize", "30M", "MaxMessageCount", "200", "RulesAllowed", "Any"));
        assertThat(e.entry("MaxAccountSize")).contains(new EffectiveSettings.Entry("10M", SettingSource.ACCOUNT));
        assertThat(e.entry("MaxMessageCount")).contains(new EffectiveSettings.Entry("100", SettingSource.DOMAIN_ACCOUNT_DEFAULTS));
        assertThat(e.entry("RulesAllowed")).contains(new EffectiveSettings.Entry("Any", SettingSource.SERVER_ACCOUNT_DEFAULTS));
        assertThat(e.entry("AccessModes")).contains(new EffectiveSettings.Entry("All", SettingSource.BUILT_IN));
    }

    @Test
    void builtInDefaultsFillTheRestAndAbsentKeysStayAbsent() {
        EffectiveSettings e = account(Map.of(), Map.of(), Map.of());
        assertThat(e.values())
                .containsEntry("MaxAccountSize", "unlimited")
                .containsEntry("PasswordEncryption", "argon2id")
                .doesNotContainKey("RealName")
                .doesNotContainKey("Password");
        assertThat(e.limit("MaxAccountSize")).isEmpty();
        assertThat(e.bool("CanModifyPassword")).isTrue();
    }

    @Test
    void writeOnlyKeysNeverAppearEvenIfStored() {
        EffectiveSettings e = account(Map.of("Password", "leak"), Map.of(), Map.of());
        assertThat(e.values()).doesNotContainKey("Password");
    }

    @Test
    void typedAccessors() {
        EffectiveSettings e = account(Map.of("MaxAccountSize", "2K", "ExternalINBOX", "YES"), Map.of(), Map.of());
        assertThat(e.limit("maxaccountsize")).hasValue(2048);
        assertThat(e.bool("ExternalINBOX")).isTrue();
        assertThat(e.source("maxAccountSize")).contains(SettingSource.ACCOUNT);
        assertThat(e.string("Nope")).isEmpty();
    }

    @Test
    void accessModes() {
        assertThat(account(Map.of(), Map.of(), Map.of()).serviceAllowed("IMAP")).isTrue();
        assertThat(account(Map.of("AccessModes", "None"), Map.of(), Map.of()).serviceAllowed("IMAP")).isFalse();
        EffectiveSettings some = account(Map.of("AccessModes", List.of("27", "Mail", "imap")), Map.of(), Map.of());
        assertThat(some.serviceAllowed("IMAP")).isTrue();
        assertThat(some.serviceAllowed("POP")).isFalse();
    }

    @Test
    void domainSettingsHaveTheirOwnDefaults() {
        EffectiveSettings d = EffectiveSettings.resolve(SettingOwner.DOMAIN, List.of(
                new EffectiveSettings.Layer(SettingSource.DOMAIN, Map.of()),
                new EffectiveSettings.Layer(SettingSource.SERVER_DOMAIN_DEFAULTS, Map.of("MailToUnknown", "Discarded"))));
        assertThat(d.entry("MailToUnknown")).contains(new EffectiveSettings.Entry("Discarded", SettingSource.SERVER_DOMAIN_DEFAULTS));
    }
}
