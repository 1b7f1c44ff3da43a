package org.parley.store.mail;

/**
 * What happened to one {@link DeliveryTarget}: filed ({@code error == null}, with its mailbox and
 * UID) or refused with a {@link MailError} (unknown mailbox, over quota) and nothing stored for it.
 */
public record DeliveryOutcome(DeliveryTarget target, long mailboxId, long uidValidity, long uid, MailError error, String detail) {
    public boolean delivered() {
        return error == null;
    }
}
