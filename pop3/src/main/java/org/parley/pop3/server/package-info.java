/** Listener glue: {@link org.parley.pop3.server.Pop3Server} is the POP3 ConnectionHandler for ports 110 and 995. */
package org.parley.pop3.server;
