/** Listener glue: {@link org.parley.admin.server.CliConnectionHandler} runs one CLI session per connection. */
package org.parley.admin.server;
