package org.parley.mail.router;

/**
 * The right-hand side of a Router table record. Templates may hold {@code *}, each replaced by
 * the next capture of the left-hand side, in order.
 */
public sealed interface Target {

    /** How an address target is delivered. */
    enum Mode {
        /** Plain address: route the rewritten address again (a target domain that is an IP address ends routing at that host). */
        REWRITE,
        /** {@code .smtp} suffix: SMTP to that domain (MX lookup) or, with a port, to that host. */
        SMTP,
        /** {@code .local} suffix: local delivery in that domain, no further table records. */
        LOCAL
    }

    /**
     * An address (address records) or a domain (domain records) to route to.
     *
     * @param localTemplate  new local part; null keeps the local part (domain records)
     * @param domainTemplate new domain without the module suffix; null means the main domain
     *                       (address record target without {@code @})
     * @param mode           what the suffix asked for
     * @param port           explicit port, 0 when none
     */
    record Address(String localTemplate, String domainTemplate, Mode mode, int port) implements Target {
    }

    /** {@code null}: accept and drop. */
    record Discard() implements Target {
    }

    /** {@code error} or {@code error:text}: refuse the address with this text. */
    record Error(String text) implements Target {
    }
}
