package org.parley.directory.sasl;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.directory.auth.Authenticator;
import org.parley.directory.password.ScramSha256;

/**
 * Which SASL mechanisms a connection may use, and a fresh {@link SaslServer} per exchange. One
 * instance serves every protocol and connection; thread-safe.
 *
 * <p>PLAIN and LOGIN send the password itself, so they are offered only when the caller says
 * plain-text passwords are acceptable on this connection ({@code plaintextAllowed}: TLS is active,
 * the client is on loopback, or the administrator allowed it). SCRAM-SHA-256 is always offered;
 * CRAM-MD5 only if enabled, since it works just for accounts with a reversible password.
 */
public final class SaslMechanisms {
    public static final String PLAIN = "PLAIN";
    public static final String LOGIN = "LOGIN";
    public static final String CRAM_MD5 = "CRAM-MD5";
    public static final String SCRAM_SHA_256 = ScramSha256.MECHANISM;

    private final Authenticator authenticator;
    private final String serverName;
    private final Supplier<String> nonces;
    private final Clock clock;
    private final boolean offerCramMd5;

    /**
     * @param serverName   host name put in CRAM-MD5 challenges
     * @param nonces       source of unpredictable nonces (printable ASCII without {@code ,}); tests
     *                     inject fixed ones to replay RFC examples
     * @param offerCramMd5 advertise and accept CRAM-MD5
     */
    public SaslMechanisms(Authenticator authenticator, String serverName, Supplier<String> nonces, Clock clock,
            boolean offerCramMd5) {
        this.authenticator = authenticator;
        this.serverName = serverName;
        this.nonces = nonces;
        this.clock = clock;
        this.offerCramMd5 = offerCramMd5;
    }

    /** Production wiring: 18 random bytes from {@link SecureRandom} per nonce. */
    public SaslMechanisms(Authenticator authenticator, String serverName, Clock clock, boolean offerCramMd5) {
        this(authenticator, serverName, randomNonces(new SecureRandom()), clock, offerCramMd5);
    }

    public static Supplier<String> randomNonces(SecureRandom random) {
        return () -> {
            byte[] b = new byte[18];
            random.nextBytes(b);
            return Base64.getEncoder().encodeToString(b);
        };
    }

    /** Mechanism names to advertise, strongest first. */
    public List<String> available(boolean plaintextAllowed) {
        List<String> names = new ArrayList<>(4);
        names.add(SCRAM_SHA_256);
        if (offerCramMd5) {
            names.add(CRAM_MD5);
        }
        if (plaintextAllowed) {
            names.add(PLAIN);
            names.add(LOGIN);
        }
        return names;
    }

    /**
     * Starts an exchange.
     *
     * @param mechanism the name the client asked for, any case
     * @param remote    the client's address (for throttling), or null
     * @return empty if the mechanism is unknown or not available on this connection
     */
    public Optional<SaslServer> create(String mechanism, boolean plaintextAllowed, InetAddress remote) {
        if (mechanism == null || !available(plaintextAllowed).contains(mechanism.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(switch (mechanism.toUpperCase(Locale.ROOT)) {
            case PLAIN -> new PlainSaslServer(authenticator, remote);
            case LOGIN -> new LoginSaslServer(authenticator, remote);
            case CRAM_MD5 -> new CramMd5SaslServer(authenticator, remote, challenge());
            case SCRAM_SHA_256 -> new ScramSha256SaslServer(authenticator, remote, nonces);
            default -> throw new IllegalStateException("unhandled mechanism " + mechanism);
        });
    }

    /** A unique challenge in msg-id form (RFC 2195 §2), also usable as an APOP token (RFC 1939 §7). */
    public String challenge() {
        String random = nonces.get().replaceAll("[^A-Za-z0-9]", "");
        return "<" + random + "." + clock.millis() + "@" + serverName + ">";
    }
}
