package org.parley.directory.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleartextPolicyTest {
    private final Map<String, Object> settings = new HashMap<>();

    @Test
    void tlsAlwaysLoopbackWhenTrustedElsewhereOnlyBySetting() {
        CleartextPolicy trusting = new CleartextPolicy(() -> settings, true);
        CleartextPolicy strict = new CleartextPolicy(() -> settings, false);
        assertThat(trusting.allows(true, false)).isTrue();
        assertThat(trusting.allows(false, true)).isTrue();
        assertThat(strict.allows(false, true)).isFalse();
        assertThat(trusting.allows(false, false)).isFalse();
    }

    @Test
    void settingReadLiveWithAnyCaseOfNameAndValue() {
        CleartextPolicy p = new CleartextPolicy(() -> settings, false);
        for (String yes : new String[] {"YES", "yes", "true", "TRUE"}) {
            settings.put("plaintextloginallowed", yes);
            assertThat(p.settingAllows()).as(yes).isTrue();
            assertThat(p.allows(false, false)).isTrue();
        }
        for (Object no : new Object[] {"NO", "1", "", java.util.List.of("YES")}) {
            settings.put("plaintextloginallowed", no);
            assertThat(p.settingAllows()).as(String.valueOf(no)).isFalse();
        }
        settings.clear();
        settings.put(CleartextPolicy.SETTING, "YES");
        assertThat(p.settingAllows()).isTrue();
        settings.clear();
        assertThat(p.settingAllows()).isFalse();
    }
}
