package org.parley.core.tls;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The server side of TLS for every listener: TLS 1.2 and 1.3 only, certificate chosen by SNI.
 * Thread-safe; {@link #reload} swaps the certificates for new handshakes.
 */
public final class TlsContext {
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private volatile SSLContext context;
    private final CertificateStore store;
    private final String serverName;

    private TlsContext(CertificateStore store, String serverName) {
        this.store = store;
        this.serverName = serverName;
    }

    /** Loads (or on first start generates) the certificates under {@code store} and builds the context. */
    public static TlsContext load(CertificateStore store, String serverName) throws IOException, GeneralSecurityException {
        TlsContext tls = new TlsContext(store, serverName);
        tls.reload();
        return tls;
    }

    /** Re-reads the certificate directory, e.g. after a domain certificate was installed. */
    public void reload() throws IOException, GeneralSecurityException {
        CertificateStore.Identity def = store.loadOrCreateDefault(serverName);
        Map<String, CertificateStore.Identity> domains = store.loadDomainIdentities();
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(new KeyManager[] {new SniKeyManager(def, domains)}, null, new SecureRandom());
        this.context = ctx;
    }

    public SSLContext sslContext() {
        return context;
    }

    /**
     * Wraps an accepted (or STARTTLS-upgraded) plain socket in a server-mode TLS socket and completes
     * the handshake. {@code autoClose}: closing the TLS socket closes the plain one.
     */
    public SSLSocket wrapServer(Socket plain) throws IOException {
        SSLSocketFactory factory = context.getSocketFactory();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, null, plain.getPort(), true);
        SSLParameters params = tls.getSSLParameters();
        params.setProtocols(PROTOCOLS);
        params.setUseCipherSuitesOrder(true);
        tls.setSSLParameters(params);
        tls.setUseClientMode(false);
        tls.startHandshake();
        return tls;
    }
}
