package org.parley.directory;

import java.util.List;

/**
 * What a local part names in a domain (COMPAT-CGP §3.3 step 3), as {@link Directory#lookup}
 * answers the Router.
 */
public sealed interface AddressTarget {
    /** An account, reached by its own name or, when {@code viaAlias} is not null, through that alias. */
    record Account(AccountRef account, String viaAlias) implements AddressTarget {}

    /** A forwarder: deliver to {@code address} instead. */
    record Forwarder(DomainRef domain, String name, String address) implements AddressTarget {}

    /** A group: fan out to {@code members} (addresses or names in the group's domain). */
    record Group(DomainRef domain, String name, List<String> members) implements AddressTarget {}

    /** The domain is ours but nothing in it has this name: apply its {@code MailToUnknown}. */
    record Unknown(DomainRef domain) implements AddressTarget {}

    /** The domain is neither ours nor an alias of ours. */
    record NotLocal(String domain) implements AddressTarget {}
}
