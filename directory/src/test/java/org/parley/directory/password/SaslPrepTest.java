package org.parley.directory.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SaslPrepTest {
    @Test
    void examplesFromRfc4013Section3() {
        assertThat(SaslPrep.prepare("I\u00ADX")).isEqualTo("IX"); // SOFT HYPHEN mapped to nothing
        assertThat(SaslPrep.prepare("user")).isEqualTo("user");
        assertThat(SaslPrep.prepare("USER")).isEqualTo("USER"); // case preserved
        assertThat(SaslPrep.prepare("\u00AA")).isEqualTo("a"); // NFKC
        assertThat(SaslPrep.prepare("\u2168")).isEqualTo("IX"); // NFKC
        assertThatThrownBy(() -> SaslPrep.prepare("\u0007")).isInstanceOf(IllegalArgumentException.class); // prohibited
        assertThatThrownBy(() -> SaslPrep.prepare("\u0627\u0031")).isInstanceOf(IllegalArgumentException.class); // bidi
    }

    @Test
    void otherProhibitedCharacters() {
        for (String bad : new String[] {"a\u0000b", "\uE000", "\uD800", "a\u200Eb", "\uFFFD", "\uDB40\uDC01"}) {
            assertThatThrownBy(() -> SaslPrep.prepare(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rightToLeftStringsThatFollowTheBidiRuleAreFine() {
        assertThat(SaslPrep.prepare("\u0627\u0628")).isEqualTo("\u0627\u0628");
    }
}
