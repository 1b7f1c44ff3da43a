package org.parley.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesByContentUnderTwoLetterFolders() throws Exception {
        FileBlobStore store = new FileBlobStore(dir);
        byte[] data = "hello\r\n".getBytes(StandardCharsets.US_ASCII);
        BlobHash h = store.put(data);
        assertThat(h).isEqualTo(BlobHash.of(data));
        assertThat(store.path(h)).isEqualTo(dir.resolve(h.hex().substring(0, 2)).resolve(h.hex()));
        assertThat(Files.readAllBytes(store.path(h))).isEqualTo(data);
        assertThat(store.put(data)).isEqualTo(h);
        assertThat(store.size(h)).isEqualTo(7);
        assertThat(store.readAll(h)).isEqualTo(data);
        assertThat(store.read(h, 2, 3)).isEqualTo("llo".getBytes(StandardCharsets.US_ASCII));
        assertThat(store.read(h, 5, 100)).isEqualTo("\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(store.read(h, 7, 1)).isEmpty();
        assertThatThrownBy(() -> store.read(h, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1); // no temp files left
        }
        store.delete(h);
        assertThat(store.exists(h)).isFalse();
        store.delete(h); // absent is fine
        assertThatThrownBy(() -> store.open(h)).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> store.size(h)).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    void concurrentPutsOfTheSameBytesAreSafe() throws Exception {
        FileBlobStore store = new FileBlobStore(dir);
        byte[] data = new byte[200_000];
        new java.util.Random(7).nextBytes(data);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofVirtual().start(() -> store.put(data)));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(store.readAll(BlobHash.of(data))).isEqualTo(data);
        assertThat(store.listOlderThan(Instant.now().plusSeconds(60))).containsExactly(BlobHash.of(data));
    }

    @Test
    void listsOldBlobsAndSweepsOnlyOldTemporaryFiles() throws Exception {
        FileBlobStore store = new FileBlobStore(dir);
        BlobHash h = store.put(new byte[] {1, 2, 3});
        Path old = store.path(h).getParent().resolve(".tmp-crashed");
        Path fresh = store.path(h).getParent().resolve(".tmp-in-progress");
        Files.write(old, new byte[] {9});
        Files.write(fresh, new byte[] {9});
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Files.write(dir.resolve("zz-not-a-blob-folder"), new byte[] {1});
        assertThat(store.listOlderThan(Instant.now().minusSeconds(3600))).isEmpty();
        assertThat(store.listOlderThan(Instant.now().plusSeconds(1))).containsExactly(h);
        store.sweepTemporary(Instant.now().minusSeconds(3600));
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void blobHashesAreValidated() {
        assertThatThrownBy(() -> new BlobHash("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlobHash("G".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        for (String bad : new String[] {"A", "F", "g", "/", ":", "`", " ", "\u0660"}) {
            assertThatThrownBy(() -> new BlobHash("0".repeat(63) + bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new BlobHash("0123456789abcdef".repeat(4)).hex()).hasSize(64);
        assertThatThrownBy(() -> new BlobHash("../" + "a".repeat(61))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BlobHash.of(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
