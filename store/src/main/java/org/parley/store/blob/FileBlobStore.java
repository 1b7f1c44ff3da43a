package org.parley.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parley.store.sql.StoreException;

/**
 * Blobs as files: {@code root/ab/abcdef…} (the first two hex digits name the folder).
 *
 * <p>A put writes a temporary file in the target folder, fsyncs it, renames it atomically onto its
 * final name and fsyncs the folder, so after a crash a blob either exists complete or not at all
 * (a stray {@code .tmp-*} file at worst, removed by {@link #sweepTemporary}). A put of bytes that
 * already exist refreshes the file's modification time (the orphan sweep's grace clock) and
 * fsyncs the folder, because the writer that created it may not have finished its own folder
 * fsync yet. Thread-safe; nothing is locked, since renames of equal content onto one name are
 * harmless.
 */
public final class FileBlobStore implements BlobStore {
    private static final String TEMP_PREFIX = ".tmp-";
    private final Path root;
    private final Clock clock;

    public FileBlobStore(Path root) {
        this(root, Clock.systemUTC());
    }

    /** {@code clock} stamps re-put blobs, so tests can move time for the orphan sweep. */
    public FileBlobStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath();
        this.clock = clock;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new StoreException("cannot create blob folder " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Where the blob lives (whether or not it exists). */
    public Path path(BlobHash hash) {
        return root.resolve(hash.hex().substring(0, 2)).resolve(hash.hex());
    }

    @Override
    public BlobHash put(byte[] data) {
        BlobHash hash = BlobHash.of(data);
        Path target = path(hash);
        Path dir = target.getParent();
        try {
            if (Files.exists(target)) {
                Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
                fsyncDirectory(dir);
                return hash;
            }
            if (!Files.isDirectory(dir)) {
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException raced) {
                    // another writer created it first; fine
                }
                fsyncDirectory(root);
            }
            Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID());
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.setLastModifiedTime(temp, FileTime.from(clock.instant()));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            fsyncDirectory(dir);
            return hash;
        } catch (IOException e) {
            throw new StoreException("cannot write blob " + hash + ": " + e.getMessage(), e);
        }
    }

    private static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    @Override
    public boolean exists(BlobHash hash) {
        return Files.exists(path(hash));
    }

    @Override
    public long size(BlobHash hash) {
        try {
            return Files.size(path(hash));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(hash);
        } catch (IOException e) {
            throw new StoreException("cannot stat blob " + hash, e);
        }
    }

    @Override
    public InputStream open(BlobHash hash) {
        try {
            return Files.newInputStream(path(hash));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(hash);
        } catch (IOException e) {
            throw new StoreException("cannot open blob " + hash, e);
        }
    }

    @Override
    public byte[] read(BlobHash hash, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
        try (FileChannel ch = FileChannel.open(path(hash), StandardOpenOption.READ)) {
            long size = ch.size();
            if (offset >= size) {
                return new byte[0];
            }
            int n = (int) Math.min(length, size - offset);
            ByteBuffer buf = ByteBuffer.allocate(n);
            while (buf.hasRemaining()) {
                if (ch.read(buf, offset + buf.position()) < 0) {
                    break;
                }
            }
            return buf.array();
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(hash);
        } catch (IOException e) {
            throw new StoreException("cannot read blob " + hash, e);
        }
    }

    @Override
    public void delete(BlobHash hash) {
        Path p = path(hash);
        try {
            if (Files.deleteIfExists(p)) {
                fsyncDirectory(p.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot delete blob " + hash, e);
        }
    }

    @Override
    public List<BlobHash> listOlderThan(Instant cutoff) {
        List<BlobHash> out = new ArrayList<>();
        forEachFile((file, name) -> {
            if (!name.startsWith(TEMP_PREFIX) && name.length() == 64
                    && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                try {
                    out.add(new BlobHash(name));
                } catch (IllegalArgumentException notOurs) {
                    // a stranger's file: leave it alone
                }
            }
        });
        return out;
    }

    @Override
    public void sweepTemporary(Instant cutoff) {
        forEachFile((file, name) -> {
            if (name.startsWith(TEMP_PREFIX) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(file);
            }
        });
    }

    private interface FileVisitor {
        void visit(Path file, String name) throws IOException;
    }

    private void forEachFile(FileVisitor visitor) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir) || dir.getFileName().toString().length() != 2) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path file : files) {
                        try {
                            visitor.visit(file, file.getFileName().toString());
                        } catch (NoSuchFileException gone) {
                            // removed while we looked: nothing to do
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
