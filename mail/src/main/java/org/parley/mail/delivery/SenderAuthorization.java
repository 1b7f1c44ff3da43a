package org.parley.mail.delivery;

import org.parley.directory.auth.Authenticated;

/**
 * Whether an authenticated submitter may use any sender address, not only its own. Thread-safe;
 * called once per MAIL FROM of an authenticated session.
 */
@FunctionalInterface
public interface SenderAuthorization {
    /** Nobody may: every authenticated submitter uses its own addresses. */
    SenderAuthorization OWN_ADDRESSES_ONLY = who -> false;

    boolean allowAnySender(Authenticated who);
}
