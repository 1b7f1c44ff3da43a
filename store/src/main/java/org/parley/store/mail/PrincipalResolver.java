package org.parley.store.mail;

import java.util.OptionalLong;

/**
 * What the store needs from the directory, kept narrow so the store does not depend on it.
 * Implementations are thread-safe and fast (they are called while resolving names and rights,
 * never inside a database transaction).
 */
public interface PrincipalResolver {
    /**
     * The account named {@code nameOrAddress} ({@code name} is taken in {@code contextDomain},
     * {@code name@domain} as given), empty if there is none. Used for {@code ~account/mailbox}.
     */
    OptionalLong accountId(String nameOrAddress, String contextDomain);

    /** The account's principal, {@code name@domain} (the RFC 4314 identifier of that account). */
    String principal(long accountId);

    /** Whether the account is a member of {@code group} (the identifier without its {@code #}). */
    boolean isMember(long accountId, String group);
}
