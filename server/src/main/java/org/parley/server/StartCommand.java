package org.parley.server;

import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.core.config.BootstrapConfig;
import org.parley.core.config.BootstrapConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley start}: runs the server in the foreground until SIGTERM/SIGINT. */
@Command(name = "start", mixinStandardHelpOptions = true, description = "Start the server in the foreground.")
final class StartCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "data", description = "Data directory (created on first start). Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--port-offset", description = "Add N to every standard port (e.g. 10000: IMAP on 10143).")
    Integer portOffset;

    @Option(names = "--domain", description = "Main domain and server name (first start; default: the host name).")
    String domain;

    @Option(names = "--postmaster-password", description = "Password of postmaster on first start (default: generated and printed once).")
    String postmasterPassword;

    @Option(names = "--bind", description = "Address every listener binds (default: all interfaces).")
    String bind;

    @Option(names = "--log-level", description = "ERROR, WARN, INFO, DEBUG or TRACE.")
    String logLevel;

    @Option(names = "--store", description = "Metadata back-end on first start: sqlite (default) or postgres.")
    String store;

    @Option(names = "--postgres-url", description = "JDBC URL of the PostgreSQL database (with --store postgres).")
    String postgresUrl;

    @Override
    public Integer call() throws Exception {
        Path dataDir = data.toAbsolutePath().normalize();
        Map<String, Object> file = BootstrapConfigFile.read(dataDir);
        boolean firstStart = file.isEmpty();
        // flags given on the first start become the data directory's settings
        putIfGiven(file, "ServerName", domain);
        putIfGiven(file, "Store", store == null ? null : store.toLowerCase(Locale.ROOT));
        putIfGiven(file, "PostgresURL", postgresUrl);
        file.putIfAbsent("ServerName", BootstrapConfigFile.toConfig(dataDir, Map.of()).serverName());
        file.putIfAbsent("Store", "sqlite");
        BootstrapConfig fromFile = BootstrapConfigFile.toConfig(dataDir, file);
        BootstrapConfig config = new BootstrapConfig(dataDir, fromFile.serverName(),
                bind == null ? fromFile.bindAddress() : InetAddress.getByName(bind),
                portOffset == null ? fromFile.portOffset() : portOffset, fromFile.ports(), fromFile.store(),
                fromFile.postgresUrl(), fromFile.postgresUser(), fromFile.postgresPassword(),
                logLevel == null ? fromFile.logLevel() : logLevel.toUpperCase(Locale.ROOT));

        // logback reads these when the first logger is created, which is below this line
        System.setProperty("parley.logDir", dataDir.resolve("logs").toString());
        System.setProperty("parley.logLevel", config.logLevel());

        PrintStream out = System.out;
        ParleyServer server = new ParleyServer(config);
        ParleyServer.Started started;
        try {
            started = server.start(postmasterPassword);
        } catch (Exception e) {
            server.stop(Duration.ZERO);
            System.err.println("parley: cannot start: " + e.getMessage());
            return 1;
        }
        if (firstStart) {
            BootstrapConfigFile.write(dataDir, file);
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        // SIGTERM/SIGINT: stop gracefully on the main thread and exit 0; the shutdown hook only
        // covers other exits (System.exit from elsewhere) so the store is always closed
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), sig -> stopRequested.countDown());
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> server.stop(Duration.ofSeconds(5))));
        out.println("Parley " + Version.NUMBER + " on " + config.serverName() + ", data in " + dataDir);
        started.ports().forEach((name, port) -> out.println("  " + name + " " + port));
        if (started.generatedPostmasterPassword() != null) {
            out.println("postmaster password (shown once): " + started.generatedPostmasterPassword());
        }
        out.println("ready");
        out.flush();
        stopRequested.await();
        server.stop(Duration.ofSeconds(10));
        return 0;
    }

    private static void putIfGiven(Map<String, Object> file, String key, String value) {
        if (value != null) {
            file.put(key, value);
        }
    }
}
