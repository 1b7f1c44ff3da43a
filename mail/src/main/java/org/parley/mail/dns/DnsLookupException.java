package org.parley.mail.dns;

import java.io.IOException;

/**
 * A lookup that could not be answered now (timeout, SERVFAIL, refused, network trouble). Mail
 * treats it as a temporary failure and retries later (RFC 5321 §5.1: "temporary" DNS errors must
 * not bounce mail). A definite "no" is not an exception: see {@link MxAnswer} and the empty
 * address list.
 */
public final class DnsLookupException extends IOException {
    public DnsLookupException(String message) {
        super(message);
    }

    public DnsLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
