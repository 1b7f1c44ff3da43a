package org.parley.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley start …} runs the server; {@code parley admin …} talks to one over the CLI/API. */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Parley unified communications server",
        subcommands = {StartCommand.class, AdminCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        // `start` returns only after a graceful shutdown, so exiting here is always right
        // stop at the first positional so `admin VERB -x …` passes the words on; no @file expansion of CLI words
        System.exit(new CommandLine(new Main()).setStopAtPositional(true).setExpandAtFiles(false).execute(args));
    }
}
