package org.parley.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UdpListenerTest {
    @Test
    void answersEachDatagramFromItsOwnPort() throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (UdpListener udp = new UdpListener("echo", "ECHO", lo, 0, 16,
                        (data, sender, l) -> l.send(("re:" + new String(data, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8), sender));
                DatagramSocket client = new DatagramSocket(0, lo)) {
            udp.start();
            client.setSoTimeout(5000);
            byte[] msg = "OPTIONS".getBytes(StandardCharsets.UTF_8);
            client.send(new DatagramPacket(msg, msg.length, lo, udp.port()));
            DatagramPacket reply = new DatagramPacket(new byte[100], 100);
            client.receive(reply);
            assertThat(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8)).isEqualTo("re:OPTIONS");
            assertThat(reply.getPort()).isEqualTo(udp.port());
        }
    }
}
