package org.parley.mail.router;

import java.util.List;

/**
 * Where an address goes: the result of {@link Router#route}. Every variant says whether using it
 * counts as relaying ({@link #relay()}): the SMTP and SIP front ends allow relaying only to
 * authenticated users and client IP addresses (COMPAT-CGP.md §3.2, NoRelay).
 */
public sealed interface Route {

    /** True when delivering this counts as relaying for the sender's relay check. */
    boolean relay();

    /** The {@code (module, host, address)} triple of the CLI ROUTE command. */
    CliRoute cli();

    /**
     * Local delivery to an account.
     *
     * @param accountId   the directory's account id
     * @param accountName the account's name (an alias is resolved to it)
     * @param domain      the canonical domain
     * @param localPart   the local part that was looked up (may be an alias)
     */
    record Local(String accountId, String accountName, String domain, String localPart, boolean relay)
            implements Route {
        public String address() {
            return localPart + "@" + domain;
        }

        /** {@code (LOCAL, account@domain, localPart)}. */
        public CliRoute cli() {
            return new CliRoute("LOCAL", accountName + "@" + domain, localPart);
        }
    }

    /**
     * Delivery to another system.
     *
     * @param kind      what was routed: decides the module (SMTP for mail and access, SIP for signals)
     * @param host      a domain to look up (MX for mail) or, when {@code mxLookup} is false, a host
     *                  name or IP address to connect to directly (IPv6 without brackets)
     * @param port      explicit port, 0 for the protocol's default
     * @param mxLookup  true when {@code host} is a mail domain whose MX records decide the hosts
     * @param address   the address to present to that system
     */
    record Remote(RouteKind kind, String host, int port, boolean mxLookup, String address, boolean relay)
            implements Route {
        public CliRoute cli() {
            String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            return new CliRoute(kind == RouteKind.SIGNAL ? "SIP" : "SMTP", port == 0 ? h : h + ":" + port, address);
        }
    }

    /**
     * A forwarder: the caller routes {@code address} anew (the Router does not follow forwarders,
     * so a forwarding chain is visible to the queue and loop-checked there).
     *
     * @param address   where the forwarder points
     * @param forwarder the forwarder's own address
     */
    record Forward(String address, String forwarder, boolean relay) implements Route {
        /** {@code (FORWARD, forwarder, address)}. */
        public CliRoute cli() {
            return new CliRoute("FORWARD", forwarder, address);
        }
    }

    /** A group: the caller routes each member. */
    record Group(String name, String domain, List<String> members, boolean relay) implements Route {
        public Group {
            members = List.copyOf(members);
        }

        /** {@code (GROUP, name@domain, member,member,…)}. */
        public CliRoute cli() {
            return new CliRoute("GROUP", name + "@" + domain, String.join(",", members));
        }
    }

    /** Accept and drop (table target {@code null}, MailToUnknown Discarded). */
    record Discard(String address, boolean relay) implements Route {
        /** {@code (SYSTEM, NULL, address)}. */
        public CliRoute cli() {
            return new CliRoute("SYSTEM", "NULL", address);
        }
    }

    /** Accept, then bounce (MailToUnknown {@code Accepted and Bounced}). */
    record AcceptThenBounce(String address, boolean relay) implements Route {
        /** {@code (SYSTEM, BOUNCE, address)}. */
        public CliRoute cli() {
            return new CliRoute("SYSTEM", "BOUNCE", address);
        }
    }

    /** Why an address is refused. */
    enum Reason {
        /** The address could not be parsed. */
        BAD_ADDRESS,
        /** A table record with target {@code error}. */
        ROUTER_ERROR,
        /** Nothing of that name in a local domain (MailToUnknown Rejected, or signals and logins). */
        UNKNOWN_ADDRESS,
        /** A {@code .local} target names a domain that is not local. */
        NOT_LOCAL,
        /** More rewrites than the limit: the table (or aliases) loop. */
        LOOP
    }

    /** Refuse the address; {@code text} is for the administrator and the SMTP reply. */
    record Reject(Reason reason, String text) implements Route {
        public boolean relay() {
            return false;
        }

        /** {@code (SYSTEM, ERROR, text)}. */
        public CliRoute cli() {
            return new CliRoute("SYSTEM", "ERROR", text);
        }
    }
}
