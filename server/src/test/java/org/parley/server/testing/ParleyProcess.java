package org.parley.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.parley.admin.client.AdminClient;

/**
 * The packaged server started as users start it ({@code java -jar parley.jar start …}) in its own
 * process, for black-box tests: restart, {@code kill -9}, real clients. The jar comes from the
 * {@code parley.jar} system property that the server module's failsafe configuration sets.
 */
public final class ParleyProcess implements AutoCloseable {
    public static final String DOMAIN = "example.test";
    public static final String POSTMASTER_PASSWORD = "pm-secret-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int offset;
    private final List<String> extraArgs;
    private Process process;
    private Thread pump;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final StringBuffer output = new StringBuffer();

    private ParleyProcess(Path dataDir, int offset, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.offset = offset;
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** Starts a server on a fresh offset with the test domain and postmaster password. */
    public static ParleyProcess start(Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        ParleyProcess p = new ParleyProcess(dataDir, PortOffsets.pick(), List.of(extraArgs));
        p.launch();
        return p;
    }

    public static Path jar() {
        String jar = System.getProperty("parley.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("parley.jar system property does not name the packaged server: " + jar);
        }
        return Path.of(jar);
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void launch() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-jar", jar().toString(), "start", "--data", dataDir.toString(),
                "--port-offset", Integer.toString(offset), "--bind", "127.0.0.1",
                "--domain", DOMAIN, "--postmaster-password", POSTMASTER_PASSWORD));
        cmd.addAll(extraArgs);
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        pump = Thread.ofVirtual().start(() -> pump(ready));
        boolean ok;
        try {
            ok = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            ok = false;
        }
        if (!ok) {
            process.destroyForcibly().waitFor();
            throw new IOException("server did not become ready:\n" + output);
        }
    }

    private void pump(CompletableFuture<Boolean> ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append('\n');
                if (!ready.isDone()) {
                    String t = line.strip();
                    if (t.startsWith("ready")) {
                        ready.complete(true);
                    } else if (line.startsWith("  ") && t.matches("[a-z0-9-]+ \\d+")) {
                        String[] parts = t.split(" ");
                        ports.put(parts[0], Integer.parseInt(parts[1]));
                    }
                }
            }
        } catch (IOException ignored) {
            // process ended
        }
        ready.complete(false);
    }

    public int port(String listener) {
        Integer p = ports.get(listener);
        if (p == null) {
            throw new IllegalStateException("no listener " + listener + " in " + ports);
        }
        return p;
    }

    /**
     * A new CLI connection (the {@code cli} listener) logged in as postmaster with INLINE on; the
     * caller closes it.
     */
    public AdminClient postmaster() throws IOException {
        AdminClient c = AdminClient.connect("127.0.0.1", port("cli"), Duration.ofSeconds(30));
        c.login("postmaster", POSTMASTER_PASSWORD);
        c.inline();
        return c;
    }

    public int offset() {
        return offset;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String output() {
        return output.toString();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        pump.join(10_000);
    }

    /** SIGTERM and wait for a graceful exit; returns the exit code. */
    public int terminate() throws InterruptedException {
        // through the handle: Process.destroy() would also close our end of its output pipe
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("server did not stop within 30 s after SIGTERM:\n" + output);
        }
        pump.join(10_000); // the last lines it printed are read before anyone looks at output()
        return process.exitValue();
    }

    /** Starts the server again on the same data directory and offset. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
        ports.clear();
        output.setLength(0);
        launch();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
