package org.parley.mail.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Resolves e-mail addresses, signal addresses and login names to a {@link Route}
 * (COMPAT-CGP.md §3.3): Router table first, then the domain (main, secondary, alias), then the
 * object in the domain, then the domain's MailToUnknown. See the package documentation for the
 * table syntax and every decision.
 *
 * <p>Thread-safe: {@link #route} may run on any number of threads while {@link #setTable}
 * replaces the table atomically; each call sees one table from start to end.
 */
public final class Router {

    /** Rewrites (table records, address splits, reroutes) allowed before declaring a loop. */
    public static final int DEFAULT_MAX_REWRITES = 10;
    private static final int TRAIL_SHOWN = 12;

    private final RouterDirectory directory;
    private final int maxRewrites;
    private final AtomicReference<RoutingTable> table;

    public Router(RouterDirectory directory) {
        this(directory, RoutingTable.EMPTY, DEFAULT_MAX_REWRITES);
    }

    public Router(RouterDirectory directory, RoutingTable table, int maxRewrites) {
        if (maxRewrites < 1) {
            throw new IllegalArgumentException("maxRewrites must be at least 1");
        }
        this.directory = directory;
        this.maxRewrites = maxRewrites;
        this.table = new AtomicReference<>(table);
    }

    /** The installed table (GETROUTERTABLE returns its {@link RoutingTable#text()}). */
    public RoutingTable table() {
        return table.get();
    }

    /** Installs an already parsed table. */
    public void setTable(RoutingTable newTable) {
        table.set(newTable);
    }

    /**
     * Parses and installs a table (SETROUTERTABLE). Persisting the text is the caller's job.
     *
     * @throws RoutingTableException when any line is bad; the old table stays installed
     */
    public RoutingTable setTable(String text) throws RoutingTableException {
        RoutingTable parsed = RoutingTable.parse(text);
        table.set(parsed);
        return parsed;
    }

    /**
     * Routes one address.
     *
     * @param address an address in any form the Router understands (with or without angle
     *                brackets, source routes, bang paths, percent hack, quoted local parts,
     *                address literals); a bare name belongs to the main domain
     * @param kind    mail, signal or access
     * @return never null; unparsable input gives {@link Route.Reject} with {@link Route.Reason#BAD_ADDRESS}
     */
    public Route route(String address, RouteKind kind) {
        RouterAddress start;
        try {
            start = RouterAddress.parse(address);
        } catch (IllegalArgumentException e) {
            return new Route.Reject(Route.Reason.BAD_ADDRESS, "bad address: " + e.getMessage());
        }
        return new Walk(kind, table.get()).run(start);
    }

    /** The state of one resolution: rewrite count, relay marks seen, addresses visited. */
    private final class Walk {
        private final RouteKind kind;
        private final RoutingTable records;
        private final List<String> trail = new ArrayList<>();
        private boolean relaySeen;
        private boolean noRelaySeen;
        private int rewrites;

        Walk(RouteKind kind, RoutingTable records) {
            this.kind = kind;
            this.records = records;
        }

        Route run(RouterAddress start) {
            RouterAddress a = start;
            while (true) {
                String domain = a.domain() == null ? directory.mainDomain() : a.domain();
                String local = a.localPart();
                trail.add(a.toAddress(domain));
                Object next = step(a, local, domain);
                if (next instanceof Route route) {
                    return route;
                }
                a = (RouterAddress) next;
                if (++rewrites > maxRewrites) {
                    return new Route.Reject(Route.Reason.LOOP, "routing loop: more than " + maxRewrites
                            + " rewrites: " + String.join(" -> ", trail.subList(0, Math.min(TRAIL_SHOWN, trail.size())))
                            + (trail.size() > TRAIL_SHOWN ? " -> ..." : "") + " -> " + a.toAddress(a.domain()));
                }
            }
        }

        /** One resolution step: a final Route, or the RouterAddress to resolve next. */
        private Object step(RouterAddress a, String local, String domain) {
            // 1. Router table: first matching record for this kind.
            RoutingTable.Match m = records.match(local, domain, kind);
            if (m != null) {
                return applyRecord(a, local, domain, m);
            }
            // 2. The domain: local (main, secondary, alias) or somebody else's.
            Optional<String> canonical = directory.canonicalDomain(domain);
            if (canonical.isEmpty()) {
                boolean ip = RouterAddress.isIpDomain(domain);
                String remoteAddress = a.form() == RouterAddress.Form.SOURCE_ROUTE ? local : a.toAddress(domain);
                return new Route.Remote(kind, ip ? RouterAddress.ipHost(domain) : domain, 0, !ip, remoteAddress,
                        relay(true));
            }
            // COMPAT-CGP.md §3.1: a local next hop passes the rest of the address on.
            if (a.hasComplexLocalPart()) {
                try {
                    return RouterAddress.parse(local);
                } catch (IllegalArgumentException e) {
                    return new Route.Reject(Route.Reason.BAD_ADDRESS, "bad address " + local + ": " + e.getMessage());
                }
            }
            return lookup(local, canonical.get());
        }

        private Object applyRecord(RouterAddress a, String local, String domain, RoutingTable.Match m) {
            RouterRecord r = m.record();
            if (r.relay() == RelayMark.NO_RELAY) {
                noRelaySeen = true;
            } else if (r.relay() == RelayMark.RELAY) {
                relaySeen = true;
            }
            switch (r.target()) {
                case Target.Discard d -> {
                    return new Route.Discard(a.toAddress(domain), relay(false));
                }
                case Target.Error e -> {
                    return new Route.Reject(Route.Reason.ROUTER_ERROR, e.text());
                }
                case Target.Address t -> {
                    int[] next = {0};
                    String newLocal = t.localTemplate() == null ? local : substitute(t.localTemplate(), m.captures(), next);
                    String rawDomain = t.domainTemplate() == null ? directory.mainDomain()
                            : substitute(t.domainTemplate(), m.captures(), next);
                    if (newLocal.isEmpty()) {
                        return new Route.Reject(Route.Reason.BAD_ADDRESS,
                                "Router table line " + r.line() + " made an empty local part from " + a.toAddress(domain));
                    }
                    String newDomain;
                    try {
                        newDomain = RouterAddress.domain(rawDomain);
                    } catch (IllegalArgumentException e) {
                        return new Route.Reject(Route.Reason.BAD_ADDRESS,
                                "Router table line " + r.line() + " made a bad domain: " + e.getMessage());
                    }
                    boolean quoted = t.localTemplate() == null && a.quoted();
                    RouterAddress rewritten = new RouterAddress(newLocal, newDomain, quoted, RouterAddress.Form.PLAIN);
                    boolean ip = RouterAddress.isIpDomain(newDomain);
                    return switch (t.mode()) {
                        case SMTP -> new Route.Remote(kind, ip ? RouterAddress.ipHost(newDomain) : newDomain, t.port(),
                                t.port() == 0 && !ip, rewritten.toAddress(newDomain), relay(true));
                        case LOCAL -> {
                            Optional<String> canonical = directory.canonicalDomain(newDomain);
                            if (canonical.isEmpty()) {
                                yield new Route.Reject(Route.Reason.NOT_LOCAL, "Router table line " + r.line()
                                        + ": " + newDomain + " is not a local domain");
                            }
                            yield lookup(newLocal, canonical.get());
                        }
                        // A target domain that is an IP address means "that host" (seed): final.
                        case REWRITE -> ip
                                ? new Route.Remote(kind, RouterAddress.ipHost(newDomain), t.port(), false,
                                        rewritten.toAddress(newDomain), relay(true))
                                : rewritten;
                    };
                }
            }
        }

        /** 3. and 4.: the object in a local domain, else the domain's MailToUnknown. */
        private Object lookup(String local, String domain) {
            String address = local + "@" + domain;
            switch (directory.lookup(local, domain)) {
                case DirectoryObject.Account acc -> {
                    return new Route.Local(acc.id(), acc.name(), domain, local, relay(false));
                }
                case DirectoryObject.Forwarder f -> {
                    return new Route.Forward(f.address(), address, relay(false));
                }
                case DirectoryObject.Group g -> {
                    return new Route.Group(g.name(), domain, g.members(), relay(false));
                }
                case DirectoryObject.Unknown u -> {
                    if (kind != RouteKind.MAIL) {
                        return new Route.Reject(Route.Reason.UNKNOWN_ADDRESS, "unknown address " + address);
                    }
                    return switch (directory.mailToUnknown(domain)) {
                        case MailToUnknown.Rejected x -> new Route.Reject(Route.Reason.UNKNOWN_ADDRESS,
                                "unknown address " + address);
                        case MailToUnknown.Discarded x -> new Route.Discard(address, relay(false));
                        case MailToUnknown.AcceptedAndBounced x -> new Route.AcceptThenBounce(address, relay(false));
                        case MailToUnknown.ReroutedTo x -> {
                            try {
                                yield RouterAddress.parse(x.address());
                            } catch (IllegalArgumentException e) {
                                yield new Route.Reject(Route.Reason.BAD_ADDRESS, "MailRerouteAddress of " + domain
                                        + " is bad: " + e.getMessage());
                            }
                        }
                    };
                }
            }
        }

        /** NoRelay: never relaying; Relay: always; otherwise relaying when it leaves this server. */
        private boolean relay(boolean remote) {
            return relaySeen || remote && !noRelaySeen;
        }
    }

    /** Replaces each {@code *} with the next capture (captures numbered left to right). */
    static String substitute(String template, String[] captures, int[] next) {
        if (template.indexOf('*') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '*') {
                out.append(captures[next[0]++]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
