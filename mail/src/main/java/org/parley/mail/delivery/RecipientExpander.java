package org.parley.mail.delivery;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.mail.router.Route;
import org.parley.mail.router.RouteKind;
import org.parley.mail.router.Router;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.SmtpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one RCPT into the places its copies go: routes it, checks relaying on the first route,
 * then follows forwarders and group members (the Router returns them without following them),
 * each routed anew. Bounded: at most {@code maxDepth} forwarder/group levels (deeper counts as a
 * loop) and {@code maxTargets} targets; an address met twice on the way is followed once, which
 * ends forwarder cycles and de-duplicates group members. Thread-safe (stateless).
 *
 * <p>Refusal replies say no more than needed (STYLE.md): an unknown local user is
 * {@code 550 5.1.1} without saying which part was unknown.
 */
final class RecipientExpander {
    private static final Logger LOG = LoggerFactory.getLogger(RecipientExpander.class);
    static final SmtpReply RELAY_DENIED = SmtpReply.of(550, EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED, "relaying denied");
    static final SmtpReply UNKNOWN_USER = SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX,
            "no such user here");
    static final SmtpReply LOOP = SmtpReply.of(550, EnhancedStatusCode.ROUTING_LOOP, "routing loop detected");

    private final Router router;
    private final int maxDepth;
    private final int maxTargets;

    RecipientExpander(Router router, int maxDepth, int maxTargets) {
        this.router = router;
        this.maxDepth = maxDepth;
        this.maxTargets = maxTargets;
    }

    /** The outcome of one RCPT. */
    sealed interface Expansion {
        record Accepted(List<RecipientTarget> targets) implements Expansion {}

        record Refused(SmtpReply reply) implements Expansion {}
    }

    Expansion expand(String address, boolean relayAllowed) {
        Route first = router.route(address, RouteKind.MAIL);
        if (first instanceof Route.Reject reject) {
            return new Expansion.Refused(refusal(reject));
        }
        // Relaying is judged on what the client asked for; forwarders and groups act for their owner.
        if (first.relay() && !relayAllowed) {
            return new Expansion.Refused(RELAY_DENIED);
        }
        Walk walk = new Walk();
        walk.seen.add(address.toLowerCase(Locale.ROOT));
        walk.follow(first, 0);
        if (walk.targets.isEmpty()) {
            if (walk.firstRefusal != null) {
                return new Expansion.Refused(walk.firstRefusal);
            }
            if (walk.cycle) {
                return new Expansion.Refused(LOOP);
            }
            // a group without members: nothing to deliver, nothing wrong with the address
            return new Expansion.Accepted(List.of(new RecipientTarget.Discard(address)));
        }
        return new Expansion.Accepted(List.copyOf(walk.targets.values()));
    }

    /** The reply for a refused address, by reason. */
    static SmtpReply refusal(Route.Reject reject) {
        return switch (reject.reason()) {
            case BAD_ADDRESS -> SmtpReply.of(553, EnhancedStatusCode.BAD_DESTINATION_SYNTAX, "bad recipient address");
            case UNKNOWN_ADDRESS -> UNKNOWN_USER;
            // the administrator wrote this text for senders to read
            case ROUTER_ERROR -> SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX,
                    reject.text() == null || reject.text().isBlank() ? "address rejected" : reject.text());
            case NOT_LOCAL -> SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_SYSTEM, "address not deliverable here");
            case LOOP -> LOOP;
        };
    }

    /** One expansion's state. */
    private final class Walk {
        final Map<String, RecipientTarget> targets = new LinkedHashMap<>();
        final Set<String> seen = new HashSet<>();
        SmtpReply firstRefusal;
        boolean cycle;

        void follow(Route route, int depth) {
            switch (route) {
                case Route.Local l -> add(new RecipientTarget.Local(accountId(l), l.address()));
                case Route.Remote r -> add(new RecipientTarget.Remote(r));
                case Route.Discard d -> add(new RecipientTarget.Discard(d.address()));
                case Route.AcceptThenBounce b -> add(new RecipientTarget.Bounce(b.address(), UNKNOWN_USER));
                case Route.Reject r -> refuse(refusal(r));
                case Route.Forward f -> {
                    String target = qualify(f.address(), domainOf(f.forwarder()));
                    next(target, depth, "forwarder " + f.forwarder());
                }
                case Route.Group g -> {
                    for (String member : g.members()) {
                        if (targets.size() >= maxTargets) {
                            break;
                        }
                        next(qualify(member, g.domain()), depth, "group " + g.name() + "@" + g.domain());
                    }
                }
            }
        }

        private void next(String address, int depth, String via) {
            if (depth + 1 > maxDepth) {
                LOG.warn("delivery: {} leads deeper than {} levels at {}: treated as a loop", via, maxDepth, address);
                refuse(LOOP);
                return;
            }
            if (!seen.add(address.toLowerCase(Locale.ROOT))) {
                cycle = true; // already followed: a forwarding cycle, or a member listed twice
                return;
            }
            Route r = router.route(address, RouteKind.MAIL);
            if (r instanceof Route.Reject reject) {
                LOG.info("delivery: {} names {}, which is refused: {}", via, address, reject.text());
            }
            follow(r, depth + 1);
        }

        private void add(RecipientTarget t) {
            if (targets.size() < maxTargets) {
                targets.putIfAbsent(t.key(), t);
            }
        }

        private void refuse(SmtpReply reply) {
            if (firstRefusal == null) {
                firstRefusal = reply;
            }
        }
    }

    private static long accountId(Route.Local l) {
        try {
            return Long.parseLong(l.accountId());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the Router's directory gave a non-numeric account id: " + l.accountId(), e);
        }
    }

    /** A member or forwarder target without a domain belongs to the owner's domain. */
    private static String qualify(String address, String domain) {
        String a = address.strip();
        if (domain == null || a.indexOf('@') >= 0 || a.indexOf('!') >= 0 || a.indexOf('%') >= 0) {
            return a;
        }
        return a + "@" + domain;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1);
    }
}
