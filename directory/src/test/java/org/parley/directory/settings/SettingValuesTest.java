package org.parley.directory.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingValuesTest {
    @Test
    void sizes() {
        assertThat(SettingValues.parseSize("10K")).hasValue(10 * 1024);
        assertThat(SettingValues.parseSize("100m")).hasValue(100L << 20);
        assertThat(SettingValues.parseSize("3G")).hasValue(3L << 30);
        assertThat(SettingValues.parseSize("1T")).hasValue(1L << 40);
        assertThat(SettingValues.parseSize("123")).hasValue(123);
        assertThat(SettingValues.parseSize("unlimited")).isEmpty();
        for (String bad : new String[] {"", "K", "1.5M", "-1", "1KB", "9".repeat(30), "2000000000T"}) {
            assertThatThrownBy(() -> SettingValues.parseSize(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void numbers() {
        assertThat(SettingValues.parseNumber("-42")).isEqualTo(-42);
        assertThatThrownBy(() -> SettingValues.parseNumber("1e3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingValues.parseNumber("-")).isInstanceOf(IllegalArgumentException.class);
    }
}
