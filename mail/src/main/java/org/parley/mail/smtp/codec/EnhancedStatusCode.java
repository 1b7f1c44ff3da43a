package org.parley.mail.smtp.codec;

/**
 * An enhanced mail system status code {@code class.subject.detail} (RFC 3463), sent after the
 * reply code when ENHANCEDSTATUSCODES is advertised (RFC 2034 §4).
 *
 * <p>The constants name the codes Parley uses; each carries the class it is most often sent with
 * and {@link #asTransient()} / {@link #asPermanent()} give the other variant.
 */
public record EnhancedStatusCode(int codeClass, int subject, int detail) {

    public static final EnhancedStatusCode OK = new EnhancedStatusCode(2, 0, 0);
    /** RFC 3463 §3.2: X.1.0 other address status (MAIL FROM accepted). */
    public static final EnhancedStatusCode SENDER_OK = new EnhancedStatusCode(2, 1, 0);
    /** RFC 3463 §3.2: X.1.5 destination address valid. */
    public static final EnhancedStatusCode DESTINATION_OK = new EnhancedStatusCode(2, 1, 5);
    /** RFC 4954 §6: authentication succeeded. */
    public static final EnhancedStatusCode AUTH_OK = new EnhancedStatusCode(2, 7, 0);

    public static final EnhancedStatusCode BAD_DESTINATION_MAILBOX = new EnhancedStatusCode(5, 1, 1);
    public static final EnhancedStatusCode BAD_DESTINATION_SYSTEM = new EnhancedStatusCode(5, 1, 2);
    public static final EnhancedStatusCode BAD_DESTINATION_SYNTAX = new EnhancedStatusCode(5, 1, 3);
    public static final EnhancedStatusCode BAD_SENDER_SYNTAX = new EnhancedStatusCode(5, 1, 7);
    public static final EnhancedStatusCode BAD_SENDER_SYSTEM = new EnhancedStatusCode(5, 1, 8);
    public static final EnhancedStatusCode MAILBOX_FULL = new EnhancedStatusCode(4, 2, 2);
    public static final EnhancedStatusCode MESSAGE_TOO_BIG_FOR_MAILBOX = new EnhancedStatusCode(5, 2, 3);
    public static final EnhancedStatusCode SYSTEM_FULL = new EnhancedStatusCode(4, 3, 1);
    /** RFC 1870 §6: 552 5.3.4 message size exceeds fixed maximum. */
    public static final EnhancedStatusCode MESSAGE_TOO_BIG = new EnhancedStatusCode(5, 3, 4);
    public static final EnhancedStatusCode TEMPORARY_SYSTEM_FAILURE = new EnhancedStatusCode(4, 3, 0);
    /** RFC 3463 §3.5: X.4.6 routing loop detected (also too many Received: hops). */
    public static final EnhancedStatusCode ROUTING_LOOP = new EnhancedStatusCode(5, 4, 6);
    public static final EnhancedStatusCode INVALID_COMMAND = new EnhancedStatusCode(5, 5, 1);
    public static final EnhancedStatusCode SYNTAX_ERROR = new EnhancedStatusCode(5, 5, 2);
    public static final EnhancedStatusCode TOO_MANY_RECIPIENTS = new EnhancedStatusCode(4, 5, 3);
    public static final EnhancedStatusCode INVALID_ARGUMENTS = new EnhancedStatusCode(5, 5, 4);
    public static final EnhancedStatusCode WRONG_PROTOCOL_VERSION = new EnhancedStatusCode(5, 5, 5);
    /** RFC 4954 §6: authentication exchange line is too long. */
    public static final EnhancedStatusCode AUTH_LINE_TOO_LONG = new EnhancedStatusCode(5, 5, 6);
    public static final EnhancedStatusCode MEDIA_ERROR = new EnhancedStatusCode(5, 6, 0);
    /** RFC 6531: non-ASCII addresses not permitted for that sender/recipient. */
    public static final EnhancedStatusCode NON_ASCII_ADDRESS = new EnhancedStatusCode(5, 6, 7);
    public static final EnhancedStatusCode SECURITY_ERROR = new EnhancedStatusCode(5, 7, 0);
    /** RFC 3463 §3.8: X.7.1 delivery not authorized (relaying denied). */
    public static final EnhancedStatusCode DELIVERY_NOT_AUTHORIZED = new EnhancedStatusCode(5, 7, 1);
    /** RFC 4954 §6: 535 5.7.8 authentication credentials invalid. */
    public static final EnhancedStatusCode AUTH_CREDENTIALS_INVALID = new EnhancedStatusCode(5, 7, 8);
    /** RFC 4954 §6: 534 5.7.9 mechanism too weak. */
    public static final EnhancedStatusCode AUTH_MECHANISM_TOO_WEAK = new EnhancedStatusCode(5, 7, 9);
    /** RFC 4954 §6: 538 5.7.11 encryption required for requested authentication mechanism. */
    public static final EnhancedStatusCode ENCRYPTION_REQUIRED = new EnhancedStatusCode(5, 7, 11);
    /** RFC 8689 §5: 5.7.30 REQUIRETLS support required. */
    public static final EnhancedStatusCode REQUIRETLS_NEEDED = new EnhancedStatusCode(5, 7, 30);

    public EnhancedStatusCode {
        // RFC 3463 §2: class is 2, 4 or 5; subject and detail are 1-3 digits.
        if (codeClass != 2 && codeClass != 4 && codeClass != 5) {
            throw new IllegalArgumentException("enhanced status class must be 2, 4 or 5: " + codeClass);
        }
        if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
            throw new IllegalArgumentException("enhanced status subject/detail out of range");
        }
    }

    /**
     * Parses {@code class.subject.detail}; returns null when {@code text} is not exactly that
     * form (RFC 3463 §2: status-code = class "." subject "." detail, 1–3 digits each).
     */
    public static EnhancedStatusCode parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        int[] values = new int[3];
        for (int i = 0; i < 3; i++) {
            String p = parts[i];
            int max = i == 0 ? 1 : 3;
            if (p.isEmpty() || p.length() > max) {
                return null;
            }
            for (int j = 0; j < p.length(); j++) {
                if (p.charAt(j) < '0' || p.charAt(j) > '9') {
                    return null;
                }
            }
            values[i] = Integer.parseInt(p);
        }
        if (values[0] != 2 && values[0] != 4 && values[0] != 5) {
            return null;
        }
        return new EnhancedStatusCode(values[0], values[1], values[2]);
    }

    /** The same subject and detail with class 4 (persistent transient failure). */
    public EnhancedStatusCode asTransient() {
        return new EnhancedStatusCode(4, subject, detail);
    }

    /** The same subject and detail with class 5 (permanent failure). */
    public EnhancedStatusCode asPermanent() {
        return new EnhancedStatusCode(5, subject, detail);
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + detail;
    }
}
