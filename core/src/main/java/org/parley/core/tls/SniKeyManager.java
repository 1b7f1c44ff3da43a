package org.parley.core.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Chooses the certificate by the host name the client asked for with SNI (RFC 6066 §3): an exact
 * per-domain certificate, else one whose names match (wildcards), else the default identity.
 * Aliases are the lower-case domain names; the default is {@value #DEFAULT_ALIAS}.
 */
final class SniKeyManager extends X509ExtendedKeyManager {
    static final String DEFAULT_ALIAS = "";

    private final CertificateStore.Identity defaultIdentity;
    private final Map<String, CertificateStore.Identity> byDomain;

    SniKeyManager(CertificateStore.Identity defaultIdentity, Map<String, CertificateStore.Identity> byDomain) {
        this.defaultIdentity = defaultIdentity;
        this.byDomain = Map.copyOf(byDomain);
    }

    String aliasFor(String host) {
        if (host == null) {
            return DEFAULT_ALIAS;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (byDomain.containsKey(h)) {
            return h;
        }
        for (var e : byDomain.entrySet()) {
            if (e.getValue().matches(h)) {
                return e.getKey();
            }
        }
        // a subdomain such as imap.example.com falls back to the certificate of example.com
        for (var e : byDomain.entrySet()) {
            if (h.endsWith("." + e.getKey())) {
                return e.getKey();
            }
        }
        return DEFAULT_ALIAS;
    }

    private CertificateStore.Identity identity(String alias) {
        if (alias == null) {
            return null;
        }
        return alias.isEmpty() ? defaultIdentity : byDomain.get(alias);
    }

    private static String requestedHost(SSLSession handshake) {
        if (handshake instanceof ExtendedSSLSession ext) {
            List<SNIServerName> names = ext.getRequestedServerNames();
            for (SNIServerName name : names) {
                if (name.getType() == StandardConstants.SNI_HOST_NAME && name instanceof SNIHostName host) {
                    return host.getAsciiName();
                }
            }
        }
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        SSLSession hs = socket instanceof SSLSocket s ? s.getHandshakeSession() : null;
        return chooseFor(keyType, hs);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return chooseFor(keyType, engine == null ? null : engine.getHandshakeSession());
    }

    private String chooseFor(String keyType, SSLSession handshake) {
        String alias = aliasFor(requestedHost(handshake));
        CertificateStore.Identity id = identity(alias);
        if (id != null && compatible(keyType, id.key())) {
            return alias;
        }
        // the negotiated signature scheme needs another key type: try the default identity
        return compatible(keyType, defaultIdentity.key()) ? DEFAULT_ALIAS : null;
    }

    private static boolean compatible(String keyType, PrivateKey key) {
        String alg = key.getAlgorithm();
        return keyType == null
                || keyType.equals(alg)
                || keyType.startsWith(alg + "_")
                || (alg.equals("RSA") && keyType.equals("RSASSA-PSS"));
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        CertificateStore.Identity id = identity(alias);
        return id == null ? null : id.chain().toArray(X509Certificate[]::new);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        CertificateStore.Identity id = identity(alias);
        return id == null ? null : id.key();
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
