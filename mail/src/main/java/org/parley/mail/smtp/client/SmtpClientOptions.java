package org.parley.mail.smtp.client;

import java.time.Duration;

/**
 * Tunables of the outbound SMTP client. The defaults are the minimum timeouts of RFC 5321
 * §4.5.3.2; tests shorten them.
 *
 * @param heloName          the name we give in EHLO/HELO (our server name)
 * @param connectTimeout    TCP connect, per address
 * @param greetingTimeout   RFC 5321 §4.5.3.2.1: initial 220, 5 minutes
 * @param commandTimeout    RFC 5321 §4.5.3.2.2/3: MAIL and RCPT replies (also EHLO, STARTTLS, RSET), 5 minutes
 * @param dataInitTimeout   RFC 5321 §4.5.3.2.4: the 354 to DATA, 2 minutes
 * @param dataBlockTimeout  RFC 5321 §4.5.3.2.5: each block of data written, 3 minutes
 * @param dataEndTimeout    RFC 5321 §4.5.3.2.6: the reply to the final dot, 10 minutes
 * @param maxAddresses      addresses tried per delivery attempt (RFC 5321 §5.1 allows a limit; at least 2)
 * @param preferIpv6        try IPv6 addresses of a host before IPv4
 */
public record SmtpClientOptions(String heloName, Duration connectTimeout, Duration greetingTimeout,
                                Duration commandTimeout, Duration dataInitTimeout, Duration dataBlockTimeout,
                                Duration dataEndTimeout, int maxAddresses, boolean preferIpv6) {

    public SmtpClientOptions {
        if (heloName == null || heloName.isBlank()) {
            throw new IllegalArgumentException("the client needs a HELO name");
        }
        if (maxAddresses < 1) {
            throw new IllegalArgumentException("maxAddresses must be at least 1");
        }
    }

    public static SmtpClientOptions defaults(String heloName) {
        return new SmtpClientOptions(heloName, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofMinutes(2), Duration.ofMinutes(3), Duration.ofMinutes(10), 10, false);
    }

    /** Every timeout set to {@code t} (tests). */
    public SmtpClientOptions withAllTimeouts(Duration t) {
        return new SmtpClientOptions(heloName, t, t, t, t, t, t, maxAddresses, preferIpv6);
    }
}
