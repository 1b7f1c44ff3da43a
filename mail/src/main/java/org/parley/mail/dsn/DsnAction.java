package org.parley.mail.dsn;

import java.util.Set;
import org.parley.mail.smtp.codec.DsnNotify;

/** RFC 3464 §2.3.3 Action field values. */
public enum DsnAction {
    FAILED("failed"),
    DELAYED("delayed"),
    DELIVERED("delivered"),
    RELAYED("relayed"),
    EXPANDED("expanded");

    private final String field;

    DsnAction(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * Whether a recipient with these NOTIFY conditions wants a notice of this kind (RFC 3461
     * §4.1). Without NOTIFY, Parley reports failures and delays (the RFC leaves the default to the
     * MTA; "FAILURE,DELAY" is the common one), never successes.
     */
    public boolean wantedBy(Set<DsnNotify> notify) {
        if (notify.isEmpty()) {
            return this == FAILED || this == DELAYED;
        }
        return switch (this) {
            case FAILED -> notify.contains(DsnNotify.FAILURE);
            case DELAYED -> notify.contains(DsnNotify.DELAY);
            case DELIVERED, RELAYED, EXPANDED -> notify.contains(DsnNotify.SUCCESS);
        };
    }
}
