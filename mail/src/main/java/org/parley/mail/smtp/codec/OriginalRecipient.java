package org.parley.mail.smtp.codec;

/**
 * The RCPT ORCPT= value (RFC 3461 §4.2): {@code addr-type ";" xtext}.
 *
 * @param addressType the address type as sent, e.g. {@code rfc822} (compare case-insensitively)
 * @param address     the xtext-decoded original recipient address
 */
public record OriginalRecipient(String addressType, String address) {

    /** The parameter value as sent: {@code addressType;xtext(address)}. */
    public String toParameterValue() {
        return addressType + ";" + Xtext.encode(address);
    }
}
