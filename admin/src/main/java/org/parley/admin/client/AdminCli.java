package org.parley.admin.client;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.parley.core.format.CgpPrinter;

/**
 * {@code parley admin [options] COMMAND ARGS…}: logs in, sends one CLI line and prints the answer.
 * The words are joined with single spaces into the command line, so a CGP object that holds spaces
 * must reach us as one word (quote it for the shell: {@code '{RealName="Alice Smith";}'}). Data is
 * printed pretty, {@code OK} otherwise. Exit codes: 0 success; 1 the server answered with an error
 * (the status line goes to stderr); 2 usage or connection problems.
 *
 * <p>Connection details come from the options, else from the environment: {@code PARLEY_ADMIN_HOST}
 * (default 127.0.0.1), {@code PARLEY_ADMIN_PORT} (default 106 + the port offset),
 * {@code PARLEY_ADMIN_PORT_OFFSET}, {@code PARLEY_ADMIN_USER} (default postmaster) and
 * {@code PARLEY_ADMIN_PASSWORD} (preferable to {@code --password}, which other users can see in
 * the process list).
 */
public final class AdminCli {
    /** The CLI/API's standard port. */
    public static final int STANDARD_PORT = 106;
    public static final int EXIT_OK = 0;
    public static final int EXIT_COMMAND_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * What the command line gave; null means "not given" (then the environment or the default applies).
     *
     * @param apop log in with APOP instead of USER/PASS (the account needs a reversible password)
     */
    public record Options(String host, Integer port, Integer portOffset, String user, String password, boolean apop) {}

    private AdminCli() {}

    public static int run(Options options, List<String> words, Map<String, String> env, PrintStream out, PrintStream err) {
        if (words.isEmpty()) {
            err.println("parley admin: name a CLI command, e.g. parley admin LISTDOMAINS");
            return EXIT_USAGE;
        }
        String host = first(options.host(), env.get("PARLEY_ADMIN_HOST"), "127.0.0.1");
        String user = first(options.user(), env.get("PARLEY_ADMIN_USER"), "postmaster");
        String password = first(options.password(), env.get("PARLEY_ADMIN_PASSWORD"), null);
        int port;
        try {
            port = port(options, env);
        } catch (IllegalArgumentException e) {
            err.println("parley admin: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (password == null) {
            err.println("parley admin: no password: set PARLEY_ADMIN_PASSWORD or use --password");
            return EXIT_USAGE;
        }
        String line = String.join(" ", words);
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            err.println("parley admin: the command must not contain line breaks");
            return EXIT_USAGE;
        }
        try (AdminClient client = AdminClient.connect(host, port, TIMEOUT)) {
            if (options.apop()) {
                client.loginApop(user, password);
            } else {
                client.login(user, password);
            }
            client.inline();
            Object data = client.execute(line);
            out.println(data == null ? "OK" : CgpPrinter.printPretty(data));
            client.quit();
            return EXIT_OK;
        } catch (AdminException e) {
            err.println("parley admin: " + e.getMessage());
            return EXIT_COMMAND_FAILED;
        } catch (IOException e) {
            err.println("parley admin: cannot talk to " + host + ":" + port + ": " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    private static int port(Options options, Map<String, String> env) {
        Integer explicit = options.port() != null ? options.port() : number("PARLEY_ADMIN_PORT", env.get("PARLEY_ADMIN_PORT"));
        if (explicit != null) {
            return check(explicit);
        }
        Integer offset = options.portOffset() != null ? options.portOffset()
                : number("PARLEY_ADMIN_PORT_OFFSET", env.get("PARLEY_ADMIN_PORT_OFFSET"));
        return check(STANDARD_PORT + (offset == null ? 0 : offset));
    }

    private static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value);
        }
    }

    private static int check(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return port;
    }

    private static String first(String a, String b, String fallback) {
        if (a != null) {
            return a;
        }
        return b != null && !b.isEmpty() ? b : fallback;
    }
}
