package org.parley.store.mail;

/**
 * Carries {@link MailEvent}s from the session that committed a change to every other session that
 * watches the owning account (its own sessions, and sessions that have one of its shared mailboxes
 * selected), so IMAP IDLE and XIMSS see changes at once.
 *
 * <p>Contract: {@link #publish} is called after the change is durable, in commit order per mailbox
 * (the store publishes after its transaction returns). Listeners are called on the publisher's
 * thread and must return quickly without blocking (queue the event and wake the session); an
 * exception from a listener is contained and does not reach the publisher. Delivery is
 * at-most-once: a receiver that must not miss anything re-reads state by modseq
 * ({@link MailSession#changesSince}) when woken. Thread-safe.
 */
public interface ChangeFeed {
    void publish(MailEvent event);

    /** Receives events of {@code ownerAccountId} until the subscription is closed. */
    Subscription subscribe(long ownerAccountId, Listener listener);

    @FunctionalInterface
    interface Listener {
        void onEvent(MailEvent event);
    }

    /** A live subscription; closing it is idempotent. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
