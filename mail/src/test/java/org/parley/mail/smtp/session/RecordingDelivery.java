package org.parley.mail.smtp.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.parley.mail.delivery.DeliveryService;
import org.parley.mail.delivery.DeliveryTransaction;
import org.parley.mail.delivery.RecipientResult;
import org.parley.mail.delivery.RecipientVerdict;
import org.parley.mail.delivery.SubmissionContext;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailParameters;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.RcptParameters;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * A delivery service for protocol tests that records what the session hands over and decides by
 * simple rules: domains in {@code localDomains} are ours, a local part starting with
 * {@code unknown} does not exist, {@code full…} recipients fail at commit with 452 4.2.2 and
 * {@code broken…} ones with 554; a sender whose local part is {@code refused} is refused at MAIL;
 * other domains need {@link SubmissionContext#relayAllowed()}.
 */
final class RecordingDelivery implements DeliveryService {

    /** One committed message as the delivery service saw it. */
    record Committed(SubmissionContext context, MailPath sender, MailParameters parameters,
                     List<MailPath> recipients, List<RcptParameters> rcptParameters, byte[] message) {
        String text() {
            return new String(message, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final Set<String> localDomains;
    final List<SubmissionContext> begun = new CopyOnWriteArrayList<>();
    final BlockingQueue<Committed> committed = new LinkedBlockingQueue<>();
    /** Senders of aborted transactions (tests use a distinct sender each, since sessions end asynchronously). */
    final java.util.Queue<String> aborted = new java.util.concurrent.ConcurrentLinkedQueue<>();

    RecordingDelivery(Set<String> localDomains) {
        this.localDomains = localDomains;
    }

    void reset() {
        begun.clear();
        committed.clear();
        aborted.clear();
    }

    /** How many transactions from {@code sender} (e.g. {@code <a@b>}) were aborted. */
    long abortedFrom(String sender) {
        return aborted.stream().filter(sender::equals).count();
    }

    /** The next committed message, waiting up to 10 s (never sleeping blindly). */
    Committed next() throws InterruptedException {
        Committed c = committed.poll(10, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("no message was committed");
        }
        return c;
    }

    @Override
    public DeliveryTransaction begin(SubmissionContext context, MailPath sender, MailParameters parameters)
            throws DeliveryRefusedException {
        begun.add(context);
        if (!sender.isNull() && sender.mailbox().localPart().equals("refused")) {
            throw new DeliveryRefusedException(SmtpReply.of(550, EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED,
                    "Sender refused by policy"));
        }
        return new Tx(context, sender, parameters);
    }

    private final class Tx implements DeliveryTransaction {
        private final SubmissionContext context;
        private final MailPath sender;
        private final MailParameters parameters;
        private final List<MailPath> recipients = new ArrayList<>();
        private final List<RcptParameters> rcptParameters = new ArrayList<>();
        private boolean done;

        Tx(SubmissionContext context, MailPath sender, MailParameters parameters) {
            this.context = context;
            this.sender = sender;
            this.parameters = parameters;
        }

        @Override
        public RecipientVerdict addRecipient(MailPath recipient, RcptParameters params) {
            if (done) {
                throw new IllegalStateException("transaction already finished");
            }
            String domain = recipient.mailbox().domain();
            boolean local = domain.isEmpty() || localDomains.contains(domain);
            if (!local && !context.relayAllowed()) {
                return new RecipientVerdict.Rejected(SmtpReply.of(550, EnhancedStatusCode.DELIVERY_NOT_AUTHORIZED,
                        "Relaying denied"));
            }
            if (local && recipient.mailbox().localPart().startsWith("unknown")) {
                return new RecipientVerdict.Rejected(SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX,
                        "Mailbox unavailable"));
            }
            recipients.add(recipient);
            rcptParameters.add(params);
            return new RecipientVerdict.Accepted(SmtpReply.of(250, EnhancedStatusCode.DESTINATION_OK, "Recipient OK"));
        }

        @Override
        public int recipientCount() {
            return recipients.size();
        }

        @Override
        public List<RecipientResult> commit(byte[] message) {
            if (done) {
                throw new IllegalStateException("transaction already finished");
            }
            done = true;
            committed.add(new Committed(context, sender, parameters, List.copyOf(recipients),
                    List.copyOf(rcptParameters), message));
            List<RecipientResult> results = new ArrayList<>();
            for (MailPath r : recipients) {
                String local = r.mailbox().localPart();
                SmtpReply reply = local.startsWith("full")
                        ? SmtpReply.of(452, EnhancedStatusCode.MAILBOX_FULL, "Mailbox full")
                        : local.startsWith("broken")
                                ? SmtpReply.of(554, EnhancedStatusCode.MEDIA_ERROR, "Cannot store")
                                : SmtpReply.of(250, EnhancedStatusCode.OK, "Delivered to " + r);
                results.add(new RecipientResult(r, reply));
            }
            return results;
        }

        @Override
        public void abort() {
            if (!done) {
                done = true;
                aborted.add(sender.toString());
            }
        }
    }
}
