package org.parley.core.net;

import java.net.InetSocketAddress;

/** Receives datagrams of a {@link UdpListener}; called on a virtual thread per datagram. */
@FunctionalInterface
public interface DatagramHandler {
    /**
     * @param data   the datagram's payload (a private copy)
     * @param sender where it came from; answer with {@link UdpListener#send}
     */
    void receive(byte[] data, InetSocketAddress sender, UdpListener listener) throws Exception;
}
