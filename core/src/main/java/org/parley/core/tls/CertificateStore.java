package org.parley.core.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The server's keys and certificates under {@code DATA/certs/}.
 *
 * <p>{@code server.key} + {@code server.crt} hold the default identity; on first start a
 * self-signed RSA certificate for the server name (plus {@code localhost}, 127.0.0.1 and ::1) is
 * generated. Administrators install per-domain certificates as {@code <domain>.pem} (private key
 * and certificate chain, PEM, in any order); the one whose name matches the TLS SNI host name is
 * presented, falling back to the default.
 */
public final class CertificateStore {
    private static final String DEFAULT_KEY = "server.key";
    private static final String DEFAULT_CERT = "server.crt";

    private final Path dir;

    public CertificateStore(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** Loads the default identity, generating a self-signed one for {@code serverName} if none exists. */
    public Identity loadOrCreateDefault(String serverName) throws IOException, GeneralSecurityException {
        Path key = dir.resolve(DEFAULT_KEY);
        Path cert = dir.resolve(DEFAULT_CERT);
        if (!Files.exists(key) || !Files.exists(cert)) {
            Files.createDirectories(dir);
            Identity generated = generateSelfSigned(serverName, Duration.ofDays(3650));
            writeAtomically(key, pem(generated.key()), true);
            writeAtomically(cert, pem(generated.chain().toArray()), false);
            return generated;
        }
        return readPem(Files.readString(key, StandardCharsets.US_ASCII) + "\n" + Files.readString(cert, StandardCharsets.US_ASCII));
    }

    /** Per-domain identities from {@code <domain>.pem} files, keyed by lower-case domain. */
    public Map<String, Identity> loadDomainIdentities() throws IOException, GeneralSecurityException {
        Map<String, Identity> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pem")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String domain = name.substring(0, name.length() - 4).toLowerCase(Locale.ROOT);
                out.put(domain, readPem(Files.readString(file, StandardCharsets.US_ASCII)));
            }
        }
        return out;
    }

    /** Installs a domain certificate (key and chain in PEM); validates it before writing. */
    public void installDomainIdentity(String domain, String pemText) throws IOException, GeneralSecurityException {
        readPem(pemText);
        Files.createDirectories(dir);
        writeAtomically(dir.resolve(domain.toLowerCase(Locale.ROOT) + ".pem"), pemText, true);
    }

    /** Generates a self-signed RSA-2048 identity valid from now for {@code validity}. */
    public static Identity generateSelfSigned(String serverName, Duration validity) throws GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048, new SecureRandom());
        KeyPair pair = gen.generateKeyPair();
        X500Name subject = new X500Name("CN=" + serverName.replaceAll("[,=+<>#;\"\\\\]", "_") + ",O=Parley");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(validity)),
                subject,
                pair.getPublic());
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.dNSName, serverName));
        if (!serverName.equalsIgnoreCase("localhost")) {
            names.add(new GeneralName(GeneralName.dNSName, "localhost"));
        }
        names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        names.add(new GeneralName(GeneralName.iPAddress, "::1"));
        try {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(names.toArray(GeneralName[]::new)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            return new Identity(pair.getPrivate(), List.of(cert));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build certificate for " + serverName, e);
        }
    }

    /** Parses a private key and a certificate chain (leaf first as found) from PEM text. */
    public static Identity readPem(String text) throws IOException, GeneralSecurityException {
        PrivateKey key = null;
        List<X509Certificate> chain = new ArrayList<>();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        JcaX509CertificateConverter certs = new JcaX509CertificateConverter();
        try (Reader r = new java.io.StringReader(text); PEMParser parser = new PEMParser(r)) {
            Object o;
            while ((o = parser.readObject()) != null) {
                switch (o) {
                    case PEMKeyPair kp -> key = keys.getKeyPair(kp).getPrivate();
                    case PrivateKeyInfo info -> key = keys.getPrivateKey(info);
                    case X509CertificateHolder holder -> chain.add(certs.getCertificate(holder));
                    default -> throw new GeneralSecurityException("unsupported PEM object " + o.getClass().getSimpleName());
                }
            }
        }
        if (key == null) {
            throw new GeneralSecurityException("no private key in PEM");
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException("no certificate in PEM");
        }
        return new Identity(key, chain);
    }

    static String pem(Object... objects) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            for (Object o : objects) {
                w.writeObject(o);
            }
        }
        return out.toString();
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
            w.write(content);
        }
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // non-POSIX file system: rely on the data directory's own permissions
            }
        }
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A private key and its certificate chain, leaf first. */
    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        public Identity {
            chain = List.copyOf(chain);
        }

        public X509Certificate leaf() {
            return chain.getFirst();
        }

        /** Does the leaf certificate name {@code host} (CN or SAN DNS name, with one-label wildcards)? */
        public boolean matches(String host) {
            try {
                var sans = leaf().getSubjectAlternativeNames();
                if (sans != null) {
                    for (List<?> san : sans) {
                        if (((Integer) san.get(0)) == 2 && hostMatches((String) san.get(1), host)) {
                            return true;
                        }
                    }
                }
            } catch (java.security.cert.CertificateParsingException ignored) {
                return false;
            }
            return false;
        }

        static boolean hostMatches(String pattern, String host) {
            String p = pattern.toLowerCase(Locale.ROOT);
            String h = host.toLowerCase(Locale.ROOT);
            if (p.startsWith("*.")) {
                int dot = h.indexOf('.');
                return dot > 0 && h.substring(dot).equals(p.substring(1));
            }
            return p.equals(h);
        }
    }

}
