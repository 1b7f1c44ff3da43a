package org.parley.admin.command;

import java.time.Clock;

/**
 * Facts about the running server that commands and the greeting report.
 *
 * @param serverName the main host name (greeting, APOP token)
 * @param version    Parley's version (greeting, GETVERSION)
 * @param clock      the time source (GETCURRENTTIME, APOP tokens); injected so tests control it
 */
public record ServerInfo(String serverName, String version, Clock clock) {}
