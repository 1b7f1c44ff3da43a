package org.parley.imap.command;

import java.util.ArrayList;
import java.util.List;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.store.mail.QuotaInfo;

/**
 * An account's quota as RFC 9208 resources: STORAGE in KiB (§5.1: units of 1024 octets) and
 * MESSAGE; unlimited resources are left out (there is no limit to report).
 */
final class QuotaResources {
    /** The quota root of the caller's own mailboxes. */
    static final String OWN_ROOT = "";

    private QuotaResources() {}

    static UntaggedResponse.Quota of(String root, QuotaInfo q) {
        List<UntaggedResponse.Quota.Resource> out = new ArrayList<>(2);
        if (q.storageLimit() != Long.MAX_VALUE) {
            out.add(new UntaggedResponse.Quota.Resource("STORAGE", (q.storageUsed() + 1023) / 1024, q.storageLimit() / 1024));
        }
        if (q.messagesLimit() != Long.MAX_VALUE) {
            out.add(new UntaggedResponse.Quota.Resource("MESSAGE", q.messagesUsed(), q.messagesLimit()));
        }
        return new UntaggedResponse.Quota(root, out);
    }

    /** The root a mailbox is charged to: "" for own mailboxes, {@code ~owner} for another account's. */
    static String rootOf(String mailbox) {
        if (mailbox.startsWith("~")) {
            int slash = mailbox.indexOf('/');
            return slash < 0 ? mailbox : mailbox.substring(0, slash);
        }
        return OWN_ROOT;
    }
}
