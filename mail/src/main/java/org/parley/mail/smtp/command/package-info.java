/**
 * One handler per SMTP/LMTP command ({@code HeloCommand}, {@code MailCommand}, {@code DataCommand}
 * …), dispatched by {@link org.parley.mail.smtp.command.SmtpCommands} with an exhaustive switch
 * over {@link org.parley.mail.smtp.codec.SmtpCommand}. Handlers run only after
 * {@link org.parley.mail.smtp.session.CommandAdmission} admitted the command, so each may assume
 * the state it needs; they reply and move the state through the session and never touch the
 * socket except through the session's explicit steps (334 challenges, DATA and BDAT content,
 * STARTTLS). DATA and BDAT share the end of a transaction (loop check, trace fields, commit,
 * replies, the log line) in {@code MessageCompletion}.
 */
package org.parley.mail.smtp.command;
