package org.parley.server.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import org.parley.core.config.StandardPorts;

/**
 * Picks a {@code --port-offset} whose every shifted standard port is free on loopback and below
 * 32768 (the ephemeral range starts there), so test servers can run side by side.
 */
public final class PortOffsets {
    private static final int MIN = 10_000;
    private static final int MAX = 21_000; // 11025 + 21000 stays below 32768

    private PortOffsets() {}

    public static int pick() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int offset = MIN + ThreadLocalRandom.current().nextInt((MAX - MIN) / 10) * 10;
            if (allFree(offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port offset found");
    }

    static boolean allFree(int offset) {
        for (int port : StandardPorts.all().values()) {
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port + offset));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
