package org.parley.mail.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The dnsjava resolver against a tiny authoritative server written here, on 127.0.0.1 (no real
 * DNS): MX, A/AAAA, null MX, NODATA, NXDOMAIN, SERVFAIL and silence.
 */
class DnsJavaResolverTest {
    DatagramSocket socket;
    Thread server;

    @BeforeEach
    void start() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server = Thread.ofVirtual().start(this::serve);
    }

    @AfterEach
    void stop() {
        socket.close();
    }

    private DnsJavaResolver resolver() {
        return DnsJavaResolver.server(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort()),
                Duration.ofSeconds(3));
    }

    private void serve() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                Message q = new Message(Arrays.copyOf(p.getData(), p.getLength()));
                byte[] answer = answer(q);
                if (answer != null) {
                    socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static byte[] answer(Message q) throws IOException {
        Record question = q.getQuestion();
        Name n = question.getName();
        int type = question.getType();
        Message r = new Message(q.getHeader().getID());
        r.getHeader().setFlag(Flags.QR);
        r.getHeader().setFlag(Flags.AA);
        if (q.getHeader().getFlag(Flags.RD)) {
            r.getHeader().setFlag(Flags.RD);
        }
        r.getHeader().setFlag(Flags.RA);
        r.addRecord(question, Section.QUESTION);
        String name = n.toString(true);
        SOARecord soa = new SOARecord(Name.fromString("test."), DClass.IN, 60, Name.fromString("ns.test."),
                Name.fromString("admin.test."), 1, 60, 60, 60, 60);
        switch (name) {
            case "silent.test" -> {
                return null;
            }
            case "servfail.test" -> r.getHeader().setRcode(Rcode.SERVFAIL);
            case "example.test" -> {
                if (type == Type.MX) {
                    r.addRecord(new MXRecord(n, DClass.IN, 300, 20, Name.fromString("MX2.example.test.")), Section.ANSWER);
                    r.addRecord(new MXRecord(n, DClass.IN, 300, 10, Name.fromString("mx1.example.test.")), Section.ANSWER);
                } else {
                    r.addRecord(soa, Section.AUTHORITY);
                }
            }
            case "mx1.example.test" -> {
                if (type == Type.A) {
                    r.addRecord(new ARecord(n, DClass.IN, 300, InetAddress.ofLiteral("192.0.2.1")), Section.ANSWER);
                } else if (type == Type.AAAA) {
                    r.addRecord(new AAAARecord(n, DClass.IN, 300, InetAddress.ofLiteral("2001:db8::1")), Section.ANSWER);
                }
            }
            case "v6only.test" -> {
                if (type == Type.AAAA) {
                    r.addRecord(new AAAARecord(n, DClass.IN, 300, InetAddress.ofLiteral("2001:db8::6")), Section.ANSWER);
                } else {
                    r.addRecord(soa, Section.AUTHORITY);
                }
            }
            case "nullmx.test" -> r.addRecord(new MXRecord(n, DClass.IN, 300, 0, Name.root), Section.ANSWER);
            case "nomx.test" -> r.addRecord(soa, Section.AUTHORITY);
            default -> {
                r.getHeader().setRcode(Rcode.NXDOMAIN);
                r.addRecord(soa, Section.AUTHORITY);
            }
        }
        return r.toWire(512);
    }

    @Test
    void mailExchangers() throws Exception {
        MxAnswer a = resolver().mailExchangers("example.test");
        assertThat(a).isInstanceOf(MxAnswer.Found.class);
        assertThat(((MxAnswer.Found) a).exchangers()).containsExactlyInAnyOrder(
                new MailExchanger(10, "mx1.example.test"), new MailExchanger(20, "mx2.example.test"));
    }

    @Test
    void addressesIpv4First() throws Exception {
        assertThat(resolver().addresses("mx1.example.test")).extracting(InetAddress::getHostAddress)
                .containsExactly("192.0.2.1", "2001:db8:0:0:0:0:0:1");
        assertThat(resolver().addresses("v6only.test")).extracting(InetAddress::getHostAddress)
                .containsExactly("2001:db8:0:0:0:0:0:6");
    }

    @Test
    void negativeAnswersAreValues() throws Exception {
        DnsJavaResolver r = resolver();
        assertThat(r.mailExchangers("nowhere.test")).isInstanceOf(MxAnswer.NoSuchDomain.class);
        assertThat(r.mailExchangers("nomx.test")).isInstanceOf(MxAnswer.NoRecords.class);
        assertThat(r.addresses("nowhere.test")).isEmpty();
        assertThat(r.addresses("nomx.test")).isEmpty();
        MxAnswer nullMx = r.mailExchangers("nullmx.test");
        assertThat(((MxAnswer.Found) nullMx).exchangers()).singleElement().satisfies(m -> assertThat(m.isNullMx()).isTrue());
    }

    @Test
    void failuresAreTemporary() {
        DnsJavaResolver r = DnsJavaResolver.server(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort()), Duration.ofMillis(400));
        assertThatThrownBy(() -> r.mailExchangers("servfail.test")).isInstanceOf(DnsLookupException.class);
        assertThatThrownBy(() -> r.mailExchangers("silent.test")).isInstanceOf(DnsLookupException.class);
        assertThatThrownBy(() -> r.addresses("silent.test")).isInstanceOf(DnsLookupException.class);
    }

    @Test
    void unusableNamesAreNotAsked() throws Exception {
        DnsJavaResolver r = resolver();
        assertThat(r.mailExchangers("")).isInstanceOf(MxAnswer.NoSuchDomain.class);
        assertThat(r.mailExchangers("a..b")).isInstanceOf(MxAnswer.NoSuchDomain.class);
        assertThat(r.addresses("x".repeat(300))).isEmpty();
    }
}
