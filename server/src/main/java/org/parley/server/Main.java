package org.parley.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley start …} runs the server; {@code parley admin …} talks to one over the CLI/API. */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Parley unified communications server",
        subcommands = {StartCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        // `start` returns only after a graceful shutdown, so exiting here is always right
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
