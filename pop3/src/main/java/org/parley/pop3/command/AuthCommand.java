package org.parley.pop3.command;

import java.io.IOException;
import java.util.Optional;
import org.parley.core.io.LineTooLongException;
import org.parley.directory.sasl.SaslCodec;
import org.parley.directory.sasl.SaslMechanisms;
import org.parley.directory.sasl.SaslServer;
import org.parley.directory.sasl.SaslStep;
import org.parley.pop3.codec.Pop3Command;
import org.parley.pop3.codec.ResponseCode;
import org.parley.pop3.session.Pop3Session;

/**
 * RFC 5034 §4 AUTH: drives a {@link SaslServer} with {@code + base64} challenges and base64
 * client lines; {@code *} cancels. Mechanisms that send the password itself (PLAIN, LOGIN) are
 * available only where clear text is allowed.
 */
public final class AuthCommand {
    /** Longest client response line: the base64 form of the largest response SaslCodec accepts. */
    static final int MAX_RESPONSE_LINE = (SaslCodec.MAX_RESPONSE_BYTES + 2) / 3 * 4;

    private AuthCommand() {}

    public static void execute(Pop3Session s, Pop3Command.Auth c) throws IOException {
        SaslMechanisms sasl = s.services().sasl();
        boolean plaintext = s.plaintextAllowed();
        if (c.mechanism() == null) {
            s.out().multiLine("methods supported", sasl.available(plaintext));
            return;
        }
        Optional<SaslServer> created = sasl.create(c.mechanism(), plaintext, s.remoteAddress());
        if (created.isEmpty()) {
            if (!plaintext && sasl.available(true).contains(c.mechanism())) {
                s.out().err(ResponseCode.AUTH, c.mechanism() + " needs TLS: use STLS first");
            } else {
                s.out().err("unsupported authentication mechanism");
            }
            return;
        }
        SaslServer server = created.get();
        SaslStep step = server.step(c.initialResponse());
        while (step instanceof SaslStep.Challenge challenge) {
            byte[] response = exchange(s, challenge.data());
            if (response == null) {
                return;
            }
            step = server.step(response);
        }
        switch (step) {
            case SaslStep.Success ok -> {
                if (ok.finalData() != null) {
                    // POP3 cannot carry data with +OK: send it as one more challenge and expect an
                    // empty response (RFC 4422 §5, RFC 5034 §4)
                    byte[] last = exchange(s, ok.finalData());
                    if (last == null) {
                        return;
                    }
                    if (last.length != 0) {
                        Login.failed(s, false, server.mechanism());
                        return;
                    }
                }
                Login.succeeded(s, ok.principal(), server.mechanism());
            }
            case SaslStep.Failure f -> {
                switch (f.reason()) {
                    case THROTTLED -> Login.failed(s, true, server.mechanism());
                    case MALFORMED, UNSUPPORTED -> s.out().err("invalid " + server.mechanism() + " exchange");
                    case INVALID_CREDENTIALS, NOT_AUTHORIZED -> Login.failed(s, false, server.mechanism());
                }
            }
            case SaslStep.Challenge ch -> throw new IllegalStateException("unreachable");
        }
    }

    /**
     * Sends a challenge and reads the client's answer.
     *
     * @return the decoded response, or null when the exchange is over (the client cancelled, sent
     *     bad base64 or too much, or left): the reply has been written
     */
    private static byte[] exchange(Pop3Session s, byte[] challenge) throws IOException {
        s.out().challenge(challenge);
        String line;
        try {
            line = s.readLine(MAX_RESPONSE_LINE);
        } catch (LineTooLongException e) {
            s.out().err("authentication response too long");
            return null;
        }
        if (line == null) {
            s.end();
            return null;
        }
        if (SaslCodec.isCancel(line)) {
            // RFC 5034 §4: a "*" response cancels; the server rejects the AUTH command
            s.out().err("authentication cancelled");
            return null;
        }
        try {
            return SaslCodec.decode(line);
        } catch (IllegalArgumentException e) {
            // RFC 5034 §4: a response that cannot be decoded rejects the AUTH command
            s.out().err("invalid base64 in authentication response");
            return null;
        }
    }
}
