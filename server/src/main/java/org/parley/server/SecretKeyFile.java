package org.parley.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.parley.directory.password.ReversiblePasswordCipher;

/**
 * {@code DATA/certs/password.key}: the AES key that seals reversible passwords (accounts with
 * {@code PasswordEncryption=clear}, for CRAM-MD5 and APOP). Created on first start, readable only
 * by the server's user. Cluster nodes sharing a PostgreSQL store must share this file.
 */
final class SecretKeyFile {
    private SecretKeyFile() {}

    static SecretKey loadOrCreate(Path certsDir) throws IOException {
        Path file = certsDir.resolve("password.key");
        if (Files.exists(file)) {
            byte[] raw = Base64.getDecoder().decode(Files.readString(file).strip());
            return new SecretKeySpec(raw, "AES");
        }
        Files.createDirectories(certsDir);
        SecretKey key = ReversiblePasswordCipher.generateKey(new SecureRandom());
        Path tmp = certsDir.resolve("password.key.tmp");
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key.getEncoded()) + "\n");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // non-POSIX file system: the data directory's permissions protect it
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
