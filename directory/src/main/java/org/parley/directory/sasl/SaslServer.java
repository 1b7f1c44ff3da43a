package org.parley.directory.sasl;

/**
 * The server side of one SASL exchange (RFC 4422), as a state machine with no I/O. Create one per
 * AUTHENTICATE/AUTH command with {@link SaslMechanisms}; not thread-safe (one connection drives it).
 *
 * <p>Call order: the first {@link #step} gets the client's initial response, or {@code null} if the
 * client sent none (an empty initial response, written {@code =} on the wire, is an empty array).
 * Each {@link SaslStep.Challenge} is answered by one more {@code step} with the client's decoded
 * response. After {@link SaslStep.Success} or {@link SaslStep.Failure} the exchange is over and
 * further calls throw {@link IllegalStateException}. A client cancel ({@code *}) is handled by the
 * protocol, which simply drops this object.
 */
public interface SaslServer {
    /** The registered mechanism name, e.g. {@code SCRAM-SHA-256}. */
    String mechanism();

    SaslStep step(byte[] clientResponse);

    /** True once a Success or Failure has been returned. */
    boolean isComplete();
}
