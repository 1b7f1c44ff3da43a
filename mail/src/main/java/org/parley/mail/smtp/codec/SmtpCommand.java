package org.parley.mail.smtp.codec;

import java.util.Optional;

/**
 * One parsed SMTP or LMTP command (RFC 5321 §4.1.1, RFC 2033, RFC 3030, RFC 3207, RFC 4954).
 * Records are immutable; {@link SmtpCommandParser} builds them from a line and
 * {@link SmtpCommandFormatter} writes them back, so {@code parse(format(c)).equals(c)}.
 */
public sealed interface SmtpCommand {

    /** The command verb in upper case, for logs and metrics labels. */
    String verb();

    /** RFC 5321 §4.1.1.1 HELO; {@code domain} is the client's argument as sent. */
    record Helo(String domain) implements SmtpCommand {
        public String verb() {
            return "HELO";
        }
    }

    /** RFC 5321 §4.1.1.1 EHLO; {@code domain} is a domain or address literal as sent (unchecked). */
    record Ehlo(String domain) implements SmtpCommand {
        public String verb() {
            return "EHLO";
        }
    }

    /** RFC 2033 §4.1 LHLO: LMTP's EHLO. */
    record Lhlo(String domain) implements SmtpCommand {
        public String verb() {
            return "LHLO";
        }
    }

    /** RFC 5321 §4.1.1.2 MAIL FROM:Reverse-path [SP Mail-parameters]. */
    record Mail(MailPath reversePath, MailParameters parameters) implements SmtpCommand {
        public String verb() {
            return "MAIL";
        }
    }

    /**
     * RFC 5321 §4.1.1.3 RCPT TO:Forward-path [SP Rcpt-parameters]. The bare {@code <Postmaster>}
     * has a mailbox whose {@link EmailAddress#isBarePostmaster()} is true.
     */
    record Rcpt(MailPath forwardPath, RcptParameters parameters) implements SmtpCommand {
        public String verb() {
            return "RCPT";
        }
    }

    /** RFC 5321 §4.1.1.4 DATA. */
    record Data() implements SmtpCommand {
        public String verb() {
            return "DATA";
        }
    }

    /**
     * RFC 3030 §2 BDAT chunk-size [SP LAST]. The session must read exactly {@code size} octets after
     * this line (see {@link ChunkReader}) even if it rejects the chunk.
     */
    record Bdat(long size, boolean last) implements SmtpCommand {
        public String verb() {
            return "BDAT";
        }
    }

    /** RFC 5321 §4.1.1.5 RSET. */
    record Rset() implements SmtpCommand {
        public String verb() {
            return "RSET";
        }
    }

    /** RFC 5321 §4.1.1.9 NOOP [SP String]; {@code argument} is empty when none was given. */
    record Noop(String argument) implements SmtpCommand {
        public String verb() {
            return "NOOP";
        }
    }

    /** RFC 5321 §4.1.1.10 QUIT. */
    record Quit() implements SmtpCommand {
        public String verb() {
            return "QUIT";
        }
    }

    /** RFC 5321 §4.1.1.6 VRFY SP String (never empty). */
    record Vrfy(String argument) implements SmtpCommand {
        public String verb() {
            return "VRFY";
        }
    }

    /** RFC 5321 §4.1.1.7 EXPN SP String (never empty). */
    record Expn(String argument) implements SmtpCommand {
        public String verb() {
            return "EXPN";
        }
    }

    /** RFC 5321 §4.1.1.8 HELP [SP String]; {@code topic} is empty when none was given. */
    record Help(String topic) implements SmtpCommand {
        public String verb() {
            return "HELP";
        }
    }

    /** RFC 3207 §4 STARTTLS. */
    record StartTls() implements SmtpCommand {
        public String verb() {
            return "STARTTLS";
        }
    }

    /**
     * RFC 4954 §4 AUTH mechanism [initial-response].
     *
     * @param mechanism       SASL mechanism name in upper case
     * @param initialResponse the base64 initial response as sent (not decoded); present and empty
     *                        when the client sent {@code =} (an empty response); absent when none
     */
    record Auth(String mechanism, Optional<String> initialResponse) implements SmtpCommand {
        public String verb() {
            return "AUTH";
        }
    }
}
