package org.parley.mail.smtp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageBufferTest {
    @Test
    void growsUpToTheCapAndRefusesMore() {
        MessageBuffer b = new MessageBuffer(40_000);
        byte[] chunk = new byte[10_000];
        for (int i = 0; i < 4; i++) {
            b.write(chunk, 0, chunk.length);
        }
        assertThat(b.size()).isEqualTo(40_000);
        assertThat(b.remaining()).isZero();
        assertThatThrownBy(() -> b.write(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsAnImpossibleCap() {
        assertThatThrownBy(() -> new MessageBuffer(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageBuffer(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
