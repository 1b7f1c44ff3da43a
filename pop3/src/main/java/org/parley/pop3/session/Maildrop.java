package org.parley.pop3.session;

import java.util.ArrayList;
import java.util.List;
import org.parley.store.mail.Pop3Message;
import org.parley.store.mail.UidSet;

/**
 * The maildrop as one POP3 session sees it: the INBOX listing taken at login, numbered from 1 and
 * fixed for the session (RFC 1939 §5: message numbers do not change, later arrivals are not
 * shown), plus the messages this session marked deleted. Only those marks are removed at QUIT,
 * by UID, so messages that arrived or vanished meanwhile through other sessions are untouched.
 *
 * <p>Owned by one session thread; not thread-safe.
 */
public final class Maildrop {
    private final List<Pop3Message> messages;
    private final boolean[] deleted;
    private int deletedCount;
    private long deletedOctets;
    private final long totalOctets;

    public Maildrop(List<Pop3Message> listing) {
        this.messages = List.copyOf(listing);
        this.deleted = new boolean[messages.size()];
        long total = 0;
        for (Pop3Message m : messages) {
            total += m.size();
        }
        this.totalOctets = total;
    }

    /** Whether {@code number} names a message of the listing, deleted or not. */
    public boolean exists(int number) {
        return number >= 1 && number <= messages.size();
    }

    /** Whether the message was marked deleted; {@code number} must exist. */
    public boolean isDeleted(int number) {
        return deleted[number - 1];
    }

    /** The message; {@code number} must exist. */
    public Pop3Message get(int number) {
        return messages.get(number - 1);
    }

    /** Highest message number (deleted ones included). */
    public int highest() {
        return messages.size();
    }

    /** Messages not marked deleted (STAT, RFC 1939 §5). */
    public int count() {
        return messages.size() - deletedCount;
    }

    /** Octets of the messages not marked deleted. */
    public long octets() {
        return totalOctets - deletedOctets;
    }

    /** Marks a message deleted; false if it already was. */
    public boolean delete(int number) {
        if (deleted[number - 1]) {
            return false;
        }
        deleted[number - 1] = true;
        deletedCount++;
        deletedOctets += messages.get(number - 1).size();
        return true;
    }

    /** RSET: unmarks everything. */
    public void reset() {
        java.util.Arrays.fill(deleted, false);
        deletedCount = 0;
        deletedOctets = 0;
    }

    /** The UIDs of the messages marked deleted, to remove at QUIT. */
    public UidSet markedUids() {
        List<Long> uids = new ArrayList<>(deletedCount);
        for (int i = 0; i < deleted.length; i++) {
            if (deleted[i]) {
                uids.add(messages.get(i).uid());
            }
        }
        return UidSet.of(uids);
    }

    public int markedCount() {
        return deletedCount;
    }
}
