package org.parley.mail.smtp.client;

import java.util.Locale;
import org.parley.mail.router.Route;

/**
 * Where a remote recipient's mail goes: a mail domain whose MX records decide ({@code mxLookup}),
 * or one host (name or IP address) to connect to directly, as the Router's {@link Route.Remote}
 * says. Recipients with equal destinations travel in one SMTP transaction.
 *
 * @param host     lower-case domain or host name, or an IP address (IPv6 without brackets)
 * @param port     TCP port, 0 for the SMTP default (25)
 * @param mxLookup true: {@code host} is a mail domain, look up its MX records (RFC 5321 §5.1)
 */
public record Destination(String host, int port, boolean mxLookup) {
    public static final int SMTP_PORT = 25;

    public Destination {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("destination host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        host = host.toLowerCase(Locale.ROOT);
    }

    /** The destination of a Router result. */
    public static Destination of(Route.Remote route) {
        return new Destination(route.host(), route.port(), route.mxLookup());
    }

    /** The port to connect to. */
    public int effectivePort() {
        return port == 0 ? SMTP_PORT : port;
    }

    /**
     * The queue this destination's recipients wait in, as the CLI shows it: the domain, or
     * {@code host:port}, IPv6 addresses in brackets ({@code [2001:db8::1]:2525}).
     */
    public String queueName() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == 0 ? h : h + ":" + port;
    }

    /** True when {@code host} is an IP address rather than a name. */
    public boolean isAddress() {
        return isIpLiteral(host);
    }

    /** True for an IPv4 dotted quad or anything with a colon (IPv6), without brackets. */
    static boolean isIpLiteral(String s) {
        return s.indexOf(':') >= 0 || s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    }
}
