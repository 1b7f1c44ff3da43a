package org.parley.mail.queue;

import org.parley.mail.smtp.client.Destination;

/** Where a queued recipient goes: another system over SMTP, or a local account (a retried local delivery). */
public sealed interface QueueTarget {

    /** The module name the CLI shows ({@code SMTP} or {@code LOCAL}). */
    String module();

    /** The queue the recipient waits in: the destination's name, or {@code local}. */
    String queue();

    /** The address as the next hop sees it (RCPT TO for SMTP, Final-Recipient in DSNs). */
    String address();

    /**
     * @param destination the domain (MX) or host to deliver to
     * @param address     the recipient address to give that system
     */
    record Remote(Destination destination, String address) implements QueueTarget {
        public String module() {
            return "SMTP";
        }

        public String queue() {
            return destination.queueName();
        }
    }

    /**
     * @param accountId the account
     * @param mailbox   the mailbox in the account's namespace, null for INBOX
     * @param address   the address that led to it (for DSNs and logs)
     */
    record Local(long accountId, String mailbox, String address) implements QueueTarget {
        public static final String QUEUE = "local";

        public String module() {
            return "LOCAL";
        }

        public String queue() {
            return QUEUE;
        }
    }
}
