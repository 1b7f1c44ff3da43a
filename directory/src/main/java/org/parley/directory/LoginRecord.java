package org.parley.directory;

import java.time.Instant;

/** The last successful login of an account: when, and from which address (null when not known). */
public record LoginRecord(Instant at, String address) {}
