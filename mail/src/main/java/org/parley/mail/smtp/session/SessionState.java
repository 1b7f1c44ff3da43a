package org.parley.mail.smtp.session;

import org.parley.mail.smtp.codec.SmtpReply;

/**
 * Where a session is in RFC 5321 §4.1.4's command sequence. Which commands each state allows is
 * decided in one place, {@link CommandAdmission}. Message content (DATA) is read inside the DATA
 * command and never observed as a state; BDAT content arrives in chunks between commands, hence
 * {@link ReceivingChunks}.
 */
public sealed interface SessionState {

    /** The greeting command of this session; null before HELO/EHLO/LHLO. */
    Hello hello();

    /** Connected, or right after STARTTLS (RFC 3207 §4.2 forgets the earlier greeting). */
    record Connected() implements SessionState {
        @Override
        public Hello hello() {
            return null;
        }
    }

    /** Greeted and no transaction open. */
    record Greeted(Hello hello) implements SessionState {}

    /** MAIL accepted; RCPT, DATA, BDAT may follow. */
    record InTransaction(Hello hello, MailTransaction transaction) implements SessionState {}

    /**
     * At least one BDAT chunk without LAST received (RFC 3030 §2).
     *
     * @param content the chunks so far
     * @param failure the refusal every further chunk gets once one chunk failed (size limit), so
     *                the client learns it even if it pipelined the rest; null while all is well
     */
    record ReceivingChunks(Hello hello, MailTransaction transaction, MessageBuffer content, SmtpReply failure)
            implements SessionState {}
}
