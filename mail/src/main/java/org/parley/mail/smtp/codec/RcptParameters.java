package org.parley.mail.smtp.codec;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The ESMTP parameters of RCPT TO that Parley understands.
 *
 * @param notifyOn          RFC 3461 §4.1 NOTIFY= conditions; empty when the parameter is absent,
 *                          {@code {NEVER}} alone for NOTIFY=NEVER
 * @param originalRecipient RFC 3461 §4.2 ORCPT=
 */
public record RcptParameters(Set<DsnNotify> notifyOn, Optional<OriginalRecipient> originalRecipient) {

    public static final RcptParameters NONE = new RcptParameters(Set.of(), Optional.empty());

    public RcptParameters {
        notifyOn = notifyOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notifyOn));
        if (notifyOn.contains(DsnNotify.NEVER) && notifyOn.size() > 1) {
            throw new IllegalArgumentException("NOTIFY=NEVER excludes other conditions");
        }
    }

    public RcptParameters withNotify(Set<DsnNotify> conditions) {
        return new RcptParameters(conditions, originalRecipient);
    }

    public RcptParameters withOriginalRecipient(OriginalRecipient orcpt) {
        return new RcptParameters(notifyOn, Optional.of(orcpt));
    }
}
