package org.parley.core.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.core.format.CgpParser;
import org.parley.core.format.CgpPrinter;
import org.parley.core.format.CgpSyntaxException;

/**
 * {@code DATA/parley.conf}: the bootstrap settings as one CommuniGate-format dictionary, e.g.
 * <pre>
 * {
 *   ServerName = mail.example.com;
 *   Store = sqlite;
 *   PortOffset = 0;
 *   Ports = { imap = 1143; };
 * }
 * </pre>
 * Keys: {@code ServerName}, {@code BindAddress}, {@code PortOffset}, {@code Ports} (listener name →
 * port), {@code Store} ({@code sqlite}|{@code postgres}), {@code PostgresURL}, {@code PostgresUser},
 * {@code PostgresPassword}, {@code LogLevel}. Unknown keys are an error naming the file and key, so
 * a typo never silently falls back to a default.
 */
public final class BootstrapConfigFile {
    public static final String FILE_NAME = "parley.conf";
    private static final Set<String> KEYS = Set.of("ServerName", "BindAddress", "PortOffset", "Ports", "Store",
            "PostgresURL", "PostgresUser", "PostgresPassword", "LogLevel");

    private BootstrapConfigFile() {}

    /** Reads the file's dictionary; an absent file is an empty dictionary. */
    public static Map<String, Object> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        Object parsed;
        try {
            parsed = CgpParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CgpSyntaxException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IOException(file + ": expected a dictionary {…}");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : map.entrySet()) {
            String key = (String) e.getKey();
            if (!KEYS.contains(key)) {
                throw new IOException(file + ": unknown key " + key + " (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            out.put(key, e.getValue());
        }
        return out;
    }

    /** Writes the dictionary durably (temp file, fsync, atomic rename). */
    public static void write(Path dataDir, Map<String, Object> values) throws IOException {
        Files.createDirectories(dataDir);
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        Files.writeString(tmp, CgpPrinter.printPretty(values) + "\n", StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Builds the config from the file's values; {@code file} names the source in error messages. */
    public static BootstrapConfig toConfig(Path dataDir, Map<String, Object> v) throws IOException {
        String where = dataDir.resolve(FILE_NAME).toString();
        String serverName = string(v, "ServerName", where);
        if (serverName == null) {
            serverName = defaultServerName();
        }
        InetAddress bind = null;
        String bindText = string(v, "BindAddress", where);
        if (bindText != null && !bindText.isBlank() && !bindText.equals("*")) {
            try {
                bind = InetAddress.getByName(bindText);
            } catch (UnknownHostException e) {
                throw new IOException(where + ": BindAddress " + bindText + " is not an address");
            }
        }
        int offset = integer(v, "PortOffset", 0, where);
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (v.get("Ports") instanceof Map<?, ?> p) {
            for (var e : p.entrySet()) {
                String name = (String) e.getKey();
                try {
                    StandardPorts.of(name);
                } catch (IllegalArgumentException ex) {
                    throw new IOException(where + ": Ports: unknown listener " + name);
                }
                ports.put(name, integer(Map.of(name, e.getValue()), name, 0, where + " Ports"));
            }
        } else if (v.containsKey("Ports")) {
            throw new IOException(where + ": Ports must be a dictionary");
        }
        String storeText = string(v, "Store", where);
        StoreKind store;
        try {
            store = storeText == null ? StoreKind.SQLITE : StoreKind.valueOf(storeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": Store must be sqlite or postgres, not " + storeText);
        }
        String level = string(v, "LogLevel", where);
        try {
            return new BootstrapConfig(dataDir, serverName, bind, offset, ports, store,
                    string(v, "PostgresURL", where), string(v, "PostgresUser", where),
                    string(v, "PostgresPassword", where), level == null ? "INFO" : level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage());
        }
    }

    static String defaultServerName() {
        try {
            String host = InetAddress.getLocalHost().getCanonicalHostName();
            return host.toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String string(Map<String, Object> v, String key, String where) throws IOException {
        Object o = v.get(key);
        if (o == null || o instanceof String) {
            return (String) o;
        }
        throw new IOException(where + ": " + key + " must be a string");
    }

    private static int integer(Map<String, Object> v, String key, int dflt, String where) throws IOException {
        Object o = v.get(key);
        try {
            return switch (o) {
                case null -> dflt;
                case Long l -> Math.toIntExact(l);
                case String s -> Integer.parseInt(s);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IOException(where + ": " + key + " must be a number");
        }
    }
}
