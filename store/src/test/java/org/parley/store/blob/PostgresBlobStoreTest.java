package org.parley.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.store.testing.TestDatabases;

class PostgresBlobStoreTest {
    @Test
    void chunkedBlobsReadBackWholeAndInRanges() {
        try (TestDatabases.PostgresHandle pg = TestDatabases.postgres()) {
            PostgresBlobStore store = new PostgresBlobStore(pg.database());
            byte[] data = new byte[PostgresBlobStore.CHUNK * 2 + 1234];
            new Random(1).nextBytes(data);
            BlobHash h = store.put(data);
            assertThat(store.put(data)).isEqualTo(h);
            assertThat(store.size(h)).isEqualTo(data.length);
            assertThat(store.readAll(h)).isEqualTo(data);
            int from = PostgresBlobStore.CHUNK - 10;
            assertThat(store.read(h, from, PostgresBlobStore.CHUNK + 20)).isEqualTo(Arrays.copyOfRange(data, from, from + PostgresBlobStore.CHUNK + 20));
            assertThat(store.read(h, data.length - 5, 100)).isEqualTo(Arrays.copyOfRange(data, data.length - 5, data.length));
            assertThat(store.read(h, data.length, 1)).isEmpty();
            BlobHash empty = store.put(new byte[0]);
            assertThat(store.readAll(empty)).isEmpty();
            assertThat(store.listOlderThan(Instant.now().plusSeconds(5))).contains(h, empty);
            store.delete(h);
            assertThat(store.exists(h)).isFalse();
            assertThatThrownBy(() -> store.read(h, 0, 1)).isInstanceOf(BlobNotFoundException.class);
        }
    }
}
