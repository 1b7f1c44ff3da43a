package org.parley.core.config;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a server needs before it can open its store; a change needs a restart. Everything else
 * (domains, accounts, limits, the router table) lives in the store and changes live.
 *
 * @param dataDir          the data directory (database, blobs, certificates, logs)
 * @param serverName       host name used in greetings, {@code Received:} lines and the certificate;
 *                         also the main domain created on first start
 * @param bindAddress      address every listener binds; null = all interfaces
 * @param portOffset       added to every standard port ({@code --port-offset})
 * @param ports            per-listener port overrides (before the offset is added)
 * @param store            metadata back-end
 * @param postgresUrl      JDBC URL when {@code store} is POSTGRES
 * @param postgresUser     PostgreSQL user, may be null (driver default)
 * @param postgresPassword PostgreSQL password, may be null (trust auth)
 * @param logLevel         root log level (ERROR, WARN, INFO, DEBUG, TRACE)
 */
public record BootstrapConfig(
        Path dataDir,
        String serverName,
        InetAddress bindAddress,
        int portOffset,
        Map<String, Integer> ports,
        StoreKind store,
        String postgresUrl,
        String postgresUser,
        String postgresPassword,
        String logLevel) {
    public BootstrapConfig {
        ports = Map.copyOf(ports);
        if (portOffset < 0 || portOffset > 60000) {
            throw new IllegalArgumentException("port offset must be between 0 and 60000: " + portOffset);
        }
        if (store == StoreKind.POSTGRES && (postgresUrl == null || postgresUrl.isBlank())) {
            throw new IllegalArgumentException("the PostgreSQL store needs PostgresURL");
        }
    }

    /** The port a listener binds: its override or standard port, plus the offset. */
    public int port(String listener) {
        int base = ports.getOrDefault(listener, StandardPorts.of(listener));
        if (base == 0) {
            return 0;
        }
        int port = base + portOffset;
        if (port > 65535) {
            throw new IllegalArgumentException("listener " + listener + ": port " + port + " is out of range");
        }
        return port;
    }
}
