package org.parley.mail.router;

import java.util.List;

/** What a local part names inside a local domain, as the directory answers the Router. */
public sealed interface DirectoryObject {

    DirectoryObject UNKNOWN = new Unknown();

    /**
     * An account, found by its name or one of its aliases.
     *
     * @param id   the directory's stable account id
     * @param name the account's own name (not the alias that found it)
     */
    record Account(String id, String name) implements DirectoryObject {
    }

    /** A forwarder: mail and signals for it go to {@code address}. */
    record Forwarder(String address) implements DirectoryObject {
    }

    /**
     * A group: mail fans out to the members.
     *
     * @param name    the group's name in its domain
     * @param members member addresses as stored (plain names are in the group's domain)
     */
    record Group(String name, List<String> members) implements DirectoryObject {
        public Group {
            members = List.copyOf(members);
        }
    }

    /** Nothing of that name. */
    record Unknown() implements DirectoryObject {
    }
}
