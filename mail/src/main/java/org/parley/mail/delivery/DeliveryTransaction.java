package org.parley.mail.delivery;

import java.util.List;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;

/**
 * One message on its way in: {@code begin → addRecipient* → commit | abort} (STYLE.md, "delivery
 * is a transaction"). Checks run in fixed stages: sender at begin, each recipient at
 * {@link #addRecipient} (routing, relay permission, unknown users, quota pre-check), the body at
 * {@link #commit}. Used by one session thread; not thread-safe.
 */
public interface DeliveryTransaction extends AutoCloseable {
    /**
     * Resolves one recipient through the Router (routing table, domain, account/alias/forwarder/
     * group, MailToUnknown) and decides whether it is acceptable: relaying to a non-local domain
     * needs {@link SubmissionContext#relayAllowed()}, unknown local users follow the domain's
     * MailToUnknown. Accepted recipients are remembered for {@link #commit}.
     */
    RecipientVerdict addRecipient(MailPath recipient, RcptParameters parameters);

    /** Number of recipients accepted so far. */
    int recipientCount();

    /**
     * Delivers the message (as received, with the session's trace headers already prepended) to
     * every accepted recipient: local targets are filed in the store (with {@code Return-Path:}
     * added), remote ones written to the durable queue. Returns after everything reported OK is
     * durable (fsynced), one result per accepted recipient in the order they were accepted.
     * Failures after acceptance are reported per recipient; the caller (SMTP) then relies on the
     * service to have queued a bounce for them, while LMTP reports them directly.
     */
    List<RecipientResult> commit(byte[] message);

    /** Forgets the transaction (RSET, QUIT, a failed DATA); nothing is delivered. */
    void abort();

    @Override
    default void close() {
        abort();
    }
}
