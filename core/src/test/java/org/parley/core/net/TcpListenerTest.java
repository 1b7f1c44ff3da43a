package org.parley.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.io.LineTooLongException;
import org.parley.core.testing.TestTls;
import org.parley.core.tls.CertificateStore;
import org.parley.core.tls.TlsContext;

/** A tiny line protocol over the real listener: ECHO, STARTTLS, QUIT. */
class TcpListenerTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir Path dir;
    TlsContext tls;
    TcpListener plain;
    TcpListener implicit;

    /** Echoes lines; {@code STARTTLS} upgrades; a too-long line gets "ERR too long" and the session goes on. */
    static final ConnectionHandler ECHO = new ConnectionHandler() {
        @Override
        public void serve(Connection c) throws Exception {
            c.writeLine("READY " + (c.isSecure() ? "tls" : "plain"));
            c.flush();
            while (true) {
                byte[] line;
                try {
                    line = c.reader().readLine(100);
                } catch (LineTooLongException e) {
                    c.writeLine("ERR too long");
                    c.flush();
                    continue;
                }
                if (line == null) {
                    return;
                }
                String text = new String(line, StandardCharsets.UTF_8);
                if (text.equals("STARTTLS")) {
                    c.writeLine("GO");
                    c.flush();
                    int dropped = c.startTls();
                    c.writeLine("SECURE dropped=" + dropped);
                    c.flush();
                } else if (text.equals("QUIT")) {
                    c.writeLine("BYE");
                    return;
                } else {
                    c.writeLine("ECHO " + text + (c.isSecure() ? " (tls)" : ""));
                    c.flush();
                }
            }
        }

        @Override
        public void refuse(Connection c, String reason) {
            try {
                c.writeLine("BUSY " + reason);
                c.flush();
            } catch (IOException ignored) {
                // peer gone
            }
        }
    };

    @BeforeEach
    void start() throws Exception {
        tls = TlsContext.load(new CertificateStore(dir.resolve("certs")), "mail.example.test");
        plain = new TcpListener(ListenerSpec.of("echo", "ECHO", LOOPBACK, 0, false), ECHO, tls);
        implicit = new TcpListener(ListenerSpec.of("echos", "ECHO", LOOPBACK, 0, true), ECHO, tls);
        plain.start();
        implicit.start();
    }

    @AfterEach
    void stop() {
        plain.close();
        implicit.close();
    }

    private static BufferedReader in(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void plainEchoAndOverLongLine() throws Exception {
        try (Socket s = new Socket(LOOPBACK, plain.port())) {
            BufferedReader r = in(s);
            OutputStream o = s.getOutputStream();
            assertThat(r.readLine()).isEqualTo("READY plain");
            o.write(("x".repeat(5000) + "\r\nhello\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(r.readLine()).isEqualTo("ERR too long");
            assertThat(r.readLine()).isEqualTo("ECHO hello");
        }
    }

    @Test
    void implicitTlsUsesTls12OrNewer() throws Exception {
        try (SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(LOOPBACK, implicit.port())) {
            s.startHandshake();
            assertThat(s.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            assertThat(in(s).readLine()).isEqualTo("READY tls");
        }
    }

    @Test
    void tls11IsRefused() throws Exception {
        try (SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(LOOPBACK, implicit.port())) {
            s.setEnabledProtocols(new String[] {"TLSv1.1"});
            org.assertj.core.api.Assertions.assertThatThrownBy(s::startHandshake).isInstanceOf(IOException.class);
        }
    }

    @Test
    void startTlsDropsPipelinedPlaintext() throws Exception {
        try (Socket s = new Socket(LOOPBACK, plain.port())) {
            BufferedReader r = in(s);
            assertThat(r.readLine()).isEqualTo("READY plain");
            // the injected command must never be executed over the secure channel
            s.getOutputStream().write("STARTTLS\r\nINJECTED\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            assertThat(r.readLine()).isEqualTo("GO");
            SSLSocket secure = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                    .createSocket(s, "localhost", s.getPort(), true);
            secure.startHandshake();
            BufferedReader sr = in(secure);
            assertThat(sr.readLine()).isEqualTo("SECURE dropped=10");
            secure.getOutputStream().write("after\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(sr.readLine()).isEqualTo("ECHO after (tls)");
        }
    }

    @Test
    void sniSelectsTheDomainCertificate() throws Exception {
        CertificateStore store = new CertificateStore(dir.resolve("certs"));
        CertificateStore.Identity other = CertificateStore.generateSelfSigned("other.example.test", Duration.ofDays(2));
        store.installDomainIdentity("other.example.test", pemOf(other));
        tls.reload();
        assertThat(subjectOfCertificateFor("other.example.test")).contains("other.example.test");
        assertThat(subjectOfCertificateFor("unknown.example.test")).contains("mail.example.test");
    }

    private String subjectOfCertificateFor(String host) throws Exception {
        try (SSLSocket s = (SSLSocket) TestTls.trustingClientContext().getSocketFactory()
                .createSocket(LOOPBACK, implicit.port())) {
            SSLParameters p = s.getSSLParameters();
            p.setServerNames(List.of(new SNIHostName(host)));
            s.setSSLParameters(p);
            s.startHandshake();
            return ((X509Certificate) s.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
        }
    }

    private static String pemOf(CertificateStore.Identity id) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        try (var pw = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(w)) {
            pw.writeObject(id.key());
            pw.writeObject(id.leaf());
        }
        return w.toString();
    }

    @Test
    void connectionLimitRefusesWithTheProtocolsReply() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        ConnectionHandler holding = new ConnectionHandler() {
            @Override
            public void serve(Connection c) throws Exception {
                c.writeLine("HELLO");
                c.flush();
                hold.await(10, TimeUnit.SECONDS);
            }

            @Override
            public void refuse(Connection c, String reason) {
                ECHO.refuse(c, reason);
            }
        };
        try (TcpListener limited = new TcpListener(
                ListenerSpec.of("lim", "LIM", LOOPBACK, 0, false).withLimits(1, 1, Duration.ofSeconds(5)), holding, null)) {
            limited.start();
            try (Socket first = new Socket(LOOPBACK, limited.port())) {
                // the first session is counted once it has greeted; only then may the second arrive
                assertThat(in(first).readLine()).isEqualTo("HELLO");
                try (Socket second = new Socket(LOOPBACK, limited.port())) {
                    assertThat(in(second).readLine()).isEqualTo("BUSY too many connections");
                }
            } finally {
                hold.countDown();
            }
        }
    }

    @Test
    void shutdownClosesOpenSessions() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(LOOPBACK, plain.port()));
            BufferedReader r = in(s);
            assertThat(r.readLine()).isEqualTo("READY plain");
            plain.stopAccepting();
            assertThat(plain.awaitIdle(Duration.ofMillis(50))).isFalse();
            plain.closeAll();
            assertThat(plain.awaitIdle(Duration.ofSeconds(5))).isTrue();
            assertThat(r.readLine()).isNull();
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedAfterTheWriteTimeout() throws Exception {
        for (boolean implicitTls : new boolean[] {false, true}) {
            CountDownLatch ended = new CountDownLatch(1);
            ConnectionHandler flood = new ConnectionHandler() {
                @Override
                public void serve(Connection c) throws Exception {
                    byte[] chunk = new byte[64 * 1024];
                    try {
                        while (true) { // far more than any socket buffer holds
                            c.output().write(chunk);
                            c.flush();
                        }
                    } finally {
                        ended.countDown();
                    }
                }

                @Override
                public void refuse(Connection c, String reason) {}
            };
            ListenerSpec spec = ListenerSpec.of("flood", "FLOOD", LOOPBACK, 0, implicitTls).withWriteTimeout(Duration.ofMillis(300));
            try (TcpListener l = new TcpListener(spec, flood, tls)) {
                l.start();
                Socket s = implicitTls
                        ? TestTls.trustingClientContext().getSocketFactory().createSocket(LOOPBACK, l.port())
                        : new Socket(LOOPBACK, l.port());
                try (s) {
                    s.setReceiveBufferSize(4096);
                    if (s instanceof SSLSocket ssl) {
                        ssl.startHandshake();
                    }
                    // never read: the server's writes block, then the watch closes the connection
                    assertThat(ended.await(30, TimeUnit.SECONDS)).as("session ended, TLS " + implicitTls).isTrue();
                    assertThat(l.awaitIdle(Duration.ofSeconds(30))).isTrue();
                }
            }
        }
    }

    @Test
    void writeTimeoutMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ListenerSpec.of("x", "X", LOOPBACK, 0, false).withWriteTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
