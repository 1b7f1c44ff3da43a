package org.parley.core.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import org.parley.core.log.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UDP port (SIP over UDP, later RTP): one receive loop, each datagram handled on a virtual
 * thread, with a bound on datagrams in flight so a flood cannot create unbounded threads.
 * {@link #send} is thread-safe.
 */
public final class UdpListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpListener.class);
    /** Largest UDP payload over IPv4/IPv6 without jumbograms. */
    static final int MAX_DATAGRAM = 65_507;

    private final String name;
    private final String protocol;
    private final InetAddress bindAddress;
    private final int requestedPort;
    private final DatagramHandler handler;
    private final Semaphore inFlight;
    private DatagramChannel channel;
    private Thread receiver;
    private volatile boolean running;

    public UdpListener(String name, String protocol, InetAddress bindAddress, int port, int maxInFlight,
            DatagramHandler handler) {
        this.name = name;
        this.protocol = protocol;
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.handler = handler;
        this.inFlight = new Semaphore(maxInFlight);
    }

    public void start() throws IOException {
        channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(bindAddress, requestedPort));
        running = true;
        receiver = Thread.ofPlatform().name("udp-" + name).daemon(true).start(this::receiveLoop);
    }

    public int port() {
        return ((InetSocketAddress) localAddress()).getPort();
    }

    public SocketAddress localAddress() {
        try {
            return channel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    private void receiveLoop() {
        ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM);
        while (running) {
            InetSocketAddress sender;
            try {
                buf.clear();
                sender = (InetSocketAddress) channel.receive(buf);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (running) {
                    LOG.warn("{}: receive failed: {}", name, e.getMessage());
                }
                continue;
            }
            buf.flip();
            byte[] data = Arrays.copyOf(buf.array(), buf.limit());
            if (!inFlight.tryAcquire()) {
                LOG.debug("{}: dropping datagram from {}: too many in flight", name, sender);
                continue;
            }
            Thread.ofVirtual().start(() -> {
                try (var ctx = LogContext.connection(protocol, sender.getAddress().getHostAddress())) {
                    handler.receive(data, sender, this);
                } catch (Exception e) {
                    LOG.warn("{}: datagram handler failed", name, e);
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    /** Sends one datagram from this listener's port. */
    public void send(byte[] data, InetSocketAddress to) throws IOException {
        channel.send(ByteBuffer.wrap(data), to);
    }

    @Override
    public void close() {
        running = false;
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
