package org.parley.mail.smtp.session;

import java.util.ArrayList;
import java.util.List;
import org.parley.mail.delivery.DeliveryTransaction;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;

/**
 * One SMTP mail transaction from MAIL to the end of its content (RFC 5321 §3.3), wrapping the
 * delivery service's transaction. Belongs to one session thread; not thread-safe.
 */
public final class MailTransaction {
    private final String id;
    private final DeliveryTransaction delivery;
    private final SubmissionContext context;
    private final MailPath sender;
    private final MailParameters parameters;
    private final List<MailPath> recipients = new ArrayList<>();

    /**
     * @param id         short identifier shown in {@code Received:}, the 250 reply and the log
     * @param delivery   the delivery service's transaction for this message
     * @param context    who submitted it, as given to the delivery service
     */
    public MailTransaction(String id, DeliveryTransaction delivery, SubmissionContext context, MailPath sender,
            MailParameters parameters) {
        this.id = id;
        this.delivery = delivery;
        this.context = context;
        this.sender = sender;
        this.parameters = parameters;
    }

    public String id() {
        return id;
    }

    public DeliveryTransaction delivery() {
        return delivery;
    }

    public SubmissionContext context() {
        return context;
    }

    public MailPath sender() {
        return sender;
    }

    public MailParameters parameters() {
        return parameters;
    }

    /** Recipients the delivery service accepted, in order (LMTP replies follow this order). */
    public List<MailPath> recipients() {
        return List.copyOf(recipients);
    }

    public int recipientCount() {
        return recipients.size();
    }

    public void accepted(MailPath recipient) {
        recipients.add(recipient);
    }

    /** RFC 6531: the transaction's MAIL carried SMTPUTF8, so RCPT may hold UTF-8 addresses. */
    public boolean smtpUtf8() {
        return parameters.smtpUtf8();
    }
}
