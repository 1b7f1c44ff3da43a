/**
 * One handler per POP3 command, called by {@link org.parley.pop3.session.Pop3Session} once the
 * state allows the command. Handlers answer through the session's writer and change state only
 * through {@link org.parley.pop3.session.Pop3Session#enter}. The three ways to log in (USER/PASS,
 * APOP, AUTH) end in one place, {@code Login}.
 */
package org.parley.pop3.command;
