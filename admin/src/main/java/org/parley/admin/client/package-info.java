/**
 * The CLI/API client: {@link org.parley.admin.client.AdminClient} for programs and tests, and
 * {@link org.parley.admin.client.AdminCli}, the body of {@code parley admin}. Client code never
 * logs, so running {@code parley admin} creates no log files.
 */
package org.parley.admin.client;
