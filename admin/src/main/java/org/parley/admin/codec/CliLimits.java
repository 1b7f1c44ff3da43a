package org.parley.admin.codec;

import org.parley.core.format.CgpLimits;

/** Bounds of the CLI/API wire format, on both sides of the connection. */
public final class CliLimits {
    /**
     * Longest command line, in octets. Router tables, IP lists and data blocks travel as one
     * line, so this is far above any interactive command; longer lines are skipped and refused.
     */
    public static final int MAX_COMMAND_LINE = 4 * 1024 * 1024;

    /** Bounds for the objects of one command line. */
    public static final CgpLimits COMMAND_OBJECTS = new CgpLimits(MAX_COMMAND_LINE, 64, 200_000);

    /**
     * Largest response a client accepts: a LISTACCOUNTS of a domain with a million accounts is
     * about 20 MiB on one line.
     */
    public static final int MAX_RESPONSE = 64 * 1024 * 1024;

    /** Bounds for one response object read by a client. */
    public static final CgpLimits RESPONSE_OBJECTS = new CgpLimits(MAX_RESPONSE, 64, 10_000_000);

    private CliLimits() {}
}
