package org.parley.mail.smtp.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;
import org.parley.mail.dns.MailExchangerResolver;
import org.parley.mail.smtp.codec.SmtpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound SMTP client: delivers one message to the recipients of one {@link Destination},
 * trying its addresses in the order RFC 5321 §5.1 gives (MX preference, then each host's
 * addresses) until one takes the transaction. Thread-safe: each call opens its own connection,
 * so the queue runs many at once on virtual threads.
 *
 * <p>TLS: STARTTLS whenever offered, accepting any certificate (opportunistic; a failed handshake
 * is retried once in plaintext). A message with REQUIRETLS (RFC 8689) goes only to a host that
 * offers STARTTLS, presents a certificate valid for its name under the configured trust store and
 * advertises REQUIRETLS after the handshake; if no host does, every recipient gets
 * {@code 550 5.7.30}.
 */
public final class SmtpClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpClient.class);

    private final DestinationPlanner planner;
    private final ClientTls tls;
    private final SmtpClientOptions options;
    private final ScheduledExecutorService timer;

    public SmtpClient(MailExchangerResolver dns, ClientTls tls, SmtpClientOptions options) {
        this(new DestinationPlanner(dns, options.maxAddresses(), options.preferIpv6(), RandomGenerator.getDefault()),
                tls, options);
    }

    public SmtpClient(DestinationPlanner planner, ClientTls tls, SmtpClientOptions options) {
        this.planner = planner;
        this.tls = tls;
        this.options = options;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smtp-client-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Delivers {@code message}: returns one reply per recipient, never throws for network or
     * protocol trouble (those become 4xx replies).
     */
    public TransmissionResult deliver(Destination destination, OutboundMessage message) {
        int n = message.recipients().size();
        DestinationPlan plan = planner.plan(destination);
        if (plan instanceof DestinationPlan.Failed f) {
            return new TransmissionResult(Collections.nCopies(n, f.reply()), null, false, false);
        }
        List<HostCandidate> hosts = ((DestinationPlan.Hosts) plan).candidates();
        boolean requireTls = message.parameters().requireTls();
        List<HostFailure> failures = new ArrayList<>();
        for (HostCandidate host : hosts) {
            SmtpClientSession.TlsMode mode = requireTls ? SmtpClientSession.TlsMode.REQUIRED
                    : SmtpClientSession.TlsMode.OPPORTUNISTIC;
            for (int round = 0; round < 2; round++) {
                try {
                    return attempt(host, mode, message);
                } catch (HostFailure f) {
                    LOG.info("delivery to {} via {} failed: {}", destination.queueName(), host, f.reply());
                    if (f.retryWithoutTls() && round == 0) {
                        mode = SmtpClientSession.TlsMode.NONE;
                        continue;
                    }
                    failures.add(f);
                    break;
                }
            }
        }
        HostFailure last = failures.getLast();
        SmtpReply reply = last.reply();
        // permanent only when every host said so; otherwise the next attempt may find a better host
        for (HostFailure f : failures) {
            if (!f.reply().isPermanentFailure()) {
                reply = f.reply();
            }
        }
        return new TransmissionResult(Collections.nCopies(n, reply), hosts.getLast().name(), false, false);
    }

    private TransmissionResult attempt(HostCandidate host, SmtpClientSession.TlsMode mode, OutboundMessage message)
            throws HostFailure {
        SmtpClientSession session = SmtpClientSession.open(host, options, timer);
        try {
            session.hello(mode, tls);
            TransmissionResult r = session.send(message);
            session.quietQuit();
            return r;
        } finally {
            session.close();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
