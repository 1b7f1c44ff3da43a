package org.parley.mail.router;

import java.util.Locale;

/**
 * A domain's {@code MailToUnknown} setting (COMPAT-CGP.md §3.3 step 4): what mail to a local part
 * that names nothing in the domain becomes.
 */
public sealed interface MailToUnknown {

    MailToUnknown REJECTED = new Rejected();
    MailToUnknown DISCARDED = new Discarded();
    MailToUnknown ACCEPTED_AND_BOUNCED = new AcceptedAndBounced();

    /** {@code Rejected}: refuse at RCPT time. The CommuniGate default. */
    record Rejected() implements MailToUnknown {
    }

    /** {@code Discarded}: accept and drop silently. */
    record Discarded() implements MailToUnknown {
    }

    /** {@code Rerouted to} with {@code MailRerouteAddress}: route that address instead. */
    record ReroutedTo(String address) implements MailToUnknown {
        public ReroutedTo {
            if (address == null || address.isBlank()) {
                throw new IllegalArgumentException("Rerouted to needs a MailRerouteAddress");
            }
        }
    }

    /** {@code Accepted and Bounced}: accept at RCPT time, then send a non-delivery report. */
    record AcceptedAndBounced() implements MailToUnknown {
    }

    /**
     * Reads the CommuniGate setting values, case-insensitively.
     *
     * @param mode           {@code Rejected}, {@code Discarded}, {@code Rerouted to} or
     *                       {@code Accepted and Bounced}; null means the default, Rejected
     * @param rerouteAddress {@code MailRerouteAddress}, used only with {@code Rerouted to}
     * @throws IllegalArgumentException for another mode, or Rerouted to without an address
     */
    static MailToUnknown fromSettings(String mode, String rerouteAddress) {
        if (mode == null) {
            return REJECTED;
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "rejected" -> REJECTED;
            case "discarded" -> DISCARDED;
            case "rerouted to" -> new ReroutedTo(rerouteAddress);
            case "accepted and bounced" -> ACCEPTED_AND_BOUNCED;
            default -> throw new IllegalArgumentException("unknown MailToUnknown mode: " + mode);
        };
    }
}
