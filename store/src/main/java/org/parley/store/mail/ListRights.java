package org.parley.store.mail;

import java.util.List;

/** RFC 4314 §3.7 LISTRIGHTS: rights always granted to the identifier, and rights grantable independently. */
public record ListRights(Rights required, List<Rights> optional) {
    public ListRights {
        optional = List.copyOf(optional);
    }
}
