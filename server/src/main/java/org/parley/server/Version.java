package org.parley.server;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, the CLI greeting and GETVERSION. */
public final class Version implements IVersionProvider {
    public static final String NUMBER = "0.1";

    @Override
    public String[] getVersion() {
        return new String[] {"Parley " + NUMBER};
    }
}
