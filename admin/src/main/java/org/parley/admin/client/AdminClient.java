package org.parley.admin.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliResponse;
import org.parley.admin.codec.ResponseReader;
import org.parley.core.io.LineReader;
import org.parley.directory.sasl.ChallengeDigests;

/**
 * A client of the CLI/API (COMPAT-CGP §2): connect, optionally STLS, log in with USER/PASS or
 * APOP, switch to INLINE, send command lines and get their data back as CGP values
 * ({@code org.parley.core.format}). Lines go out terminated with LF, as the vendor's clients send
 * them.
 *
 * <p>Call order: {@link #connect}, then optionally {@link #startTls}, then {@link #login} or
 * {@link #loginApop}, then any number of {@link #execute}/{@link #send}, then {@link #quit} or
 * {@link #close}. One thread at a time; not thread-safe.
 */
public final class AdminClient implements Closeable {
    private static final Pattern TOKEN = Pattern.compile("<[^<>\\s]*@[^<>\\s]*>");

    private Socket socket;
    private ResponseReader responses;
    private OutputStream out;
    private final String greeting;

    private AdminClient(Socket socket) throws IOException {
        attach(socket);
        CliResponse hello = responses.read();
        if (hello.code() != CliCodes.OK) {
            socket.close();
            throw new AdminException(hello.code(), hello.text());
        }
        this.greeting = hello.text();
    }

    /**
     * Connects and reads the greeting.
     *
     * @param timeout for connecting and for each response
     * @throws AdminException if the server refuses the connection with a 5xx greeting
     */
    public static AdminClient connect(String host, int port, Duration timeout) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            s.setSoTimeout((int) timeout.toMillis());
            return new AdminClient(s);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void attach(Socket s) throws IOException {
        this.socket = s;
        this.responses = new ResponseReader(new LineReader(s.getInputStream()));
        this.out = s.getOutputStream();
    }

    /** The greeting's text after {@code 200}. */
    public String greeting() {
        return greeting;
    }

    /** The APOP token {@code <…@…>} of the greeting, if it has one. */
    public Optional<String> token() {
        Matcher m = TOKEN.matcher(greeting);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Sends STLS and performs the TLS handshake, checking the certificate against {@code host}. */
    public void startTls(SSLContext context, String host) throws IOException {
        expectSuccess(send("STLS"));
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, socket.getPort(), true);
        tls.setUseClientMode(true);
        var params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(params);
        tls.startHandshake();
        attach(tls);
    }

    /** {@code USER} then {@code PASS}; works with every password storage. */
    public void login(String user, String password) throws IOException {
        CliResponse r = send("USER " + user);
        if (r.code() != CliCodes.MORE) {
            throw new AdminException(r.code(), r.text());
        }
        expectSuccess(send("PASS " + password));
    }

    /** {@code APOP user md5hex} with the greeting's token; the account needs a reversible password. */
    public void loginApop(String user, String password) throws IOException {
        String token = token().orElseThrow(() -> new ProtocolException("the greeting has no APOP token"));
        expectSuccess(send("APOP " + user + " " + ChallengeDigests.apop(token, password)));
    }

    /** Asks for data on the status line ({@code 201 object}). */
    public void inline() throws IOException {
        expectSuccess(send("INLINE"));
    }

    /**
     * Sends one command line and reads its response, whatever the status.
     *
     * @throws IllegalArgumentException if the line contains CR or LF
     */
    public CliResponse send(String line) throws IOException {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a command line cannot contain CR or LF");
        }
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return responses.read();
    }

    /**
     * Sends one command line.
     *
     * @return the data object, or null when the command returns none ({@code 200 OK})
     * @throws AdminException on a 5xx (or any non-success) status
     */
    public Object execute(String line) throws IOException {
        return expectSuccess(send(line)).data();
    }

    /** Sends QUIT and closes the connection. */
    public void quit() throws IOException {
        try {
            send("QUIT");
        } finally {
            close();
        }
    }

    private static CliResponse expectSuccess(CliResponse r) throws AdminException {
        if (!r.isSuccess()) {
            throw new AdminException(r.code(), r.text());
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
