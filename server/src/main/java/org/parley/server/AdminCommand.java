package org.parley.server;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.admin.client.AdminCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley admin [options] COMMAND ARGS…}: one CLI/API command against a running server. */
@Command(name = "admin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Send one CLI/API command (CommuniGate syntax) to a running server and print the answer.",
            "Example: parley admin --port-offset 10000 CREATEACCOUNT alice@example.com '{Password=\"p4ss\";}'",
            "Exit code 1 when the server answers with an error, 2 for usage or connection problems."})
final class AdminCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Server address (env PARLEY_ADMIN_HOST; default 127.0.0.1).")
    String host;

    @Option(names = "--port", description = "CLI/API port (env PARLEY_ADMIN_PORT; default 106 + port offset).")
    Integer port;

    @Option(names = "--port-offset", description = "The server's --port-offset (env PARLEY_ADMIN_PORT_OFFSET).")
    Integer portOffset;

    @Option(names = "--user", description = "Administrator account (env PARLEY_ADMIN_USER; default postmaster).")
    String user;

    @Option(names = "--password", description = "Its password (env PARLEY_ADMIN_PASSWORD, which is safer: others can read the process list).")
    String password;

    @Option(names = "--apop", description = "Log in with APOP (needs a reversible password) instead of USER/PASS.")
    boolean apop;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The CLI command and its arguments, joined with spaces.")
    List<String> words;

    @Override
    public Integer call() {
        return AdminCli.run(new AdminCli.Options(host, port, portOffset, user, password, apop), words, System.getenv(),
                System.out, System.err);
    }
}
