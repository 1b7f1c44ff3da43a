package org.parley.directory.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.core.format.CgpDate;
import org.parley.core.format.CgpIp;
import org.parley.core.format.CgpNull;

class SettingsCodecTest {
    @Test
    void everyValueKindRoundTrips() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("s", "with ; and : and s5: inside\nand a newline, é, \u0000");
        dict.put("empty", "");
        dict.put("n", Long.MIN_VALUE);
        dict.put("max", Long.MAX_VALUE);
        dict.put("ip", new CgpIp("2001:db8::1", 25));
        dict.put("ip4", new CgpIp("10.0.0.5", -1));
        dict.put("day", new CgpDate(LocalDate.of(2009, 10, 22), null));
        dict.put("time", new CgpDate(LocalDate.of(2009, 10, 22), LocalTime.of(15, 24, 45)));
        dict.put("null", CgpNull.NULL);
        dict.put("list", List.of("a", List.of(), Map.of()));
        Object decoded = SettingsCodec.decode(SettingsCodec.encode(dict));
        assertThat(decoded).isInstanceOf(Map.class);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(dict);
        byte[] data = {0, 1, (byte) 0xff};
        assertThat((byte[]) SettingsCodec.decode(SettingsCodec.encode(data))).containsExactly(data);
    }

    @Test
    void corruptInputIsRejectedCleanly() {
        for (String bad : new String[] {"", "s", "s5:abc", "s-1:", "l999999999:", "l1:", "d1:n1;n2;", "n12", "nx;", "q",
                "s1:ab", "i70000;s1:a", "t2009-13-01;", "b@@@;", "z z", "s99999999999:"}) {
            assertThatThrownBy(() -> SettingsCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void deepNestingIsRejected() {
        assertThatThrownBy(() -> SettingsCodec.decode("l1:".repeat(1000) + "z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too deep");
    }

    @Test
    void randomGarbageNeverEscapesAsAnotherException() {
        Random r = new Random(7);
        String alphabet = "sndlbzit0123456789:;-T";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(24);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            try {
                SettingsCodec.decode(sb.toString());
            } catch (IllegalArgumentException expected) {
                // fine: corrupt input is reported as such
            }
        }
    }
}
