package org.parley.mail.smtp.client;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.parley.core.tls.CertificateStore;

/** A self-signed server identity (names the host and 127.0.0.1) and trust stores that do or do not trust it. */
public final class TestCertificates {
    public final CertificateStore.Identity identity;
    public final SSLContext server;
    public final KeyStore trusting;
    public final KeyStore other;

    public TestCertificates(String hostName) throws GeneralSecurityException, java.io.IOException {
        identity = CertificateStore.generateSelfSigned(hostName, Duration.ofDays(2));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", identity.key(), new char[0], identity.chain().toArray(Certificate[]::new));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, new SecureRandom());
        trusting = KeyStore.getInstance("PKCS12");
        trusting.load(null, null);
        trusting.setCertificateEntry("sink", identity.leaf());
        CertificateStore.Identity stranger = CertificateStore.generateSelfSigned(hostName, Duration.ofDays(2));
        other = KeyStore.getInstance("PKCS12");
        other.load(null, null);
        other.setCertificateEntry("stranger", stranger.leaf());
    }
}
