package org.parley.mail.dns;

import java.util.List;

/** What a domain's MX lookup found: records, none (the domain exists), or no such domain. */
public sealed interface MxAnswer {

    /** MX records as published, in no particular order. */
    record Found(List<MailExchanger> exchangers) implements MxAnswer {
        public Found {
            exchangers = List.copyOf(exchangers);
            if (exchangers.isEmpty()) {
                throw new IllegalArgumentException("Found needs at least one MX; use NoRecords");
            }
        }
    }

    /** The domain exists but has no MX: RFC 5321 §5.1 implicit MX, the domain itself. */
    record NoRecords() implements MxAnswer {}

    /** NXDOMAIN: the domain does not exist (a permanent failure for mail to it). */
    record NoSuchDomain() implements MxAnswer {}
}
