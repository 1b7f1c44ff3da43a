package org.parley.mail.smtp.session;

/**
 * What the client said in its greeting command.
 *
 * @param verb HELO, EHLO or LHLO
 * @param name the argument as sent (unchecked; only shown in {@code Received:} when it is a valid
 *             domain or address literal)
 */
public record Hello(Verb verb, String name) {
    public enum Verb { HELO, EHLO, LHLO }

    /** EHLO or LHLO: service extensions may be used (RFC 5321 §4.1.1.1). */
    public boolean extended() {
        return verb != Verb.HELO;
    }
}
