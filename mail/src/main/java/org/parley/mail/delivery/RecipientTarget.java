package org.parley.mail.delivery;

import java.util.Locale;
import org.parley.mail.router.Route;
import org.parley.mail.smtp.codec.SmtpReply;

/** One place an accepted recipient's copy goes, after forwarders and groups are followed. */
sealed interface RecipientTarget {

    /** What makes two targets the same delivery (so a message reaches each place once). */
    String key();

    /** The address delivery is attempted to (DSN Final-Recipient). */
    String address();

    record Local(long accountId, String address) implements RecipientTarget {
        public String key() {
            return "local " + accountId;
        }
    }

    record Remote(Route.Remote route) implements RecipientTarget {
        public String key() {
            return "remote " + route.host() + ":" + route.port() + " " + route.address().toLowerCase(Locale.ROOT);
        }

        public String address() {
            return route.address();
        }
    }

    /** Accepted and dropped: the Router said {@code null} or MailToUnknown is Discarded. */
    record Discard(String address) implements RecipientTarget {
        public String key() {
            return "discard " + address.toLowerCase(Locale.ROOT);
        }
    }

    /** Accepted, then a failure notice: MailToUnknown "Accepted and Bounced". */
    record Bounce(String address, SmtpReply reason) implements RecipientTarget {
        public String key() {
            return "bounce " + address.toLowerCase(Locale.ROOT);
        }
    }
}
