package org.parley.mail.smtp.client;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The client side of STARTTLS for outbound SMTP. Two policies:
 * <ul>
 *   <li><b>opportunistic</b> (RFC 3207, RFC 7435): encrypt whenever the server offers STARTTLS and
 *       accept any certificate, since refusing would only push the message to plaintext;</li>
 *   <li><b>verified</b> (RFC 8689 §4.2.1, REQUIRETLS): the chain must lead to a trusted root of the
 *       configured trust store and the certificate must name the host (DNS-ID, or an IP address
 *       SAN when the destination is an address), checked by the JDK's endpoint identification.</li>
 * </ul>
 * TLS 1.2 and 1.3 only. Thread-safe.
 */
public final class ClientTls {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final SSLContext opportunistic;
    private final SSLContext verified;

    private ClientTls(SSLContext opportunistic, SSLContext verified) {
        this.opportunistic = opportunistic;
        this.verified = verified;
    }

    /** Verification against the JDK's default trust store (cacerts). */
    public static ClientTls systemTrust() {
        return withTrustStore(null);
    }

    /** Verification against {@code trustStore}; null means the JDK's default. */
    public static ClientTls withTrustStore(KeyStore trustStore) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext verified = SSLContext.getInstance("TLS");
            verified.init(null, tmf.getTrustManagers(), new SecureRandom());
            SSLContext any = SSLContext.getInstance("TLS");
            any.init(null, new TrustManager[] {new AcceptAny()}, new SecureRandom());
            return new ClientTls(any, verified);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build client TLS contexts", e);
        }
    }

    /**
     * Upgrades a connected socket (after the server's 220 to STARTTLS) and completes the handshake.
     *
     * @param host   the name the certificate must carry when {@code verify} is true (a host name or an
     *               IP address in text form)
     * @param verify true for REQUIRETLS: chain and name are checked
     * @throws IOException when the handshake fails (for {@code verify}, also on any certificate problem)
     */
    public SSLSocket upgrade(Socket plain, String host, boolean verify) throws IOException {
        SSLContext ctx = verify ? verified : opportunistic;
        SSLSocket tls = (SSLSocket) ctx.getSocketFactory().createSocket(plain, host, plain.getPort(), true);
        SSLParameters params = tls.getSSLParameters();
        params.setProtocols(PROTOCOLS);
        if (!Destination.isIpLiteral(host)) {
            params.setServerNames(List.of(new SNIHostName(host)));
        }
        if (verify) {
            // the JDK's RFC 2818/6125 check: DNS-ID for names, iPAddress SAN for addresses
            params.setEndpointIdentificationAlgorithm("HTTPS");
        }
        tls.setSSLParameters(params);
        tls.setUseClientMode(true);
        tls.startHandshake();
        return tls;
    }

    /** Opportunistic TLS: any certificate is better than plaintext (RFC 7435 §1.3). */
    private static final class AcceptAny extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}
        @Override public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}
        @Override public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}
        @Override public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}
        @Override public void checkClientTrusted(X509Certificate[] c, String a) {}
        @Override public void checkServerTrusted(X509Certificate[] c, String a) {}
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
