package org.parley.mail.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.parley.mail.queue.LocalTransport;
import org.parley.mail.queue.PathText;
import org.parley.mail.queue.QueueTarget;
import org.parley.mail.smtp.codec.EnhancedStatusCode;
import org.parley.mail.smtp.codec.MailPath;
import org.parley.mail.smtp.codec.SmtpReply;
import org.parley.store.mail.DeliveryOutcome;
import org.parley.store.mail.DeliveryTarget;
import org.parley.store.mail.MailStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Final delivery into the store: adds {@code Return-Path:} with the reverse-path (RFC 5321 §4.4)
 * and files one copy per account through {@link MailStore#deliver} (one blob, one commit). Store
 * errors become replies: over quota is temporary (452 4.2.2: the owner can make room, the queue
 * retries), a missing account or mailbox and an oversized message are permanent, anything else
 * (the database unavailable) is temporary. Thread-safe.
 */
public final class LocalDelivery implements LocalTransport {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDelivery.class);
    static final SmtpReply DELIVERED = SmtpReply.of(250, EnhancedStatusCode.OK, "delivered");

    private final MailStore store;
    private final Clock clock;

    public LocalDelivery(MailStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<SmtpReply> deliver(MailPath sender, byte[] content, List<QueueTarget.Local> targets) {
        List<DeliveryTarget> storeTargets = new ArrayList<>();
        for (QueueTarget.Local t : targets) {
            storeTargets.add(new DeliveryTarget(t.accountId(), t.mailbox(), null));
        }
        List<SmtpReply> out = new ArrayList<>();
        List<DeliveryOutcome> outcomes;
        try {
            outcomes = store.deliver(withReturnPath(sender, content), storeTargets, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("delivery: filing a message for {} accounts failed: {}", targets.size(), e.toString());
            SmtpReply r = SmtpReply.of(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE, "local delivery failed, try again later");
            for (int i = 0; i < targets.size(); i++) {
                out.add(r);
            }
            return out;
        }
        for (DeliveryOutcome o : outcomes) {
            out.add(reply(o));
        }
        return out;
    }

    private static SmtpReply reply(DeliveryOutcome o) {
        if (o.delivered()) {
            return DELIVERED;
        }
        return switch (o.error()) {
            case OVER_QUOTA -> SmtpReply.of(452, EnhancedStatusCode.MAILBOX_FULL, "mailbox full");
            case TOO_BIG -> SmtpReply.of(552, EnhancedStatusCode.MESSAGE_TOO_BIG_FOR_MAILBOX, "message too big for the mailbox");
            case NONEXISTENT -> SmtpReply.of(550, EnhancedStatusCode.BAD_DESTINATION_MAILBOX, "no such mailbox");
            default -> SmtpReply.of(451, EnhancedStatusCode.TEMPORARY_SYSTEM_FAILURE, "local delivery failed: " + o.error());
        };
    }

    /** RFC 5321 §4.4: the delivering server records the reverse-path as {@code Return-Path: <…>}. */
    public static byte[] withReturnPath(MailPath sender, byte[] content) {
        byte[] header = ("Return-Path: <" + PathText.of(sender) + ">\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + content.length);
        out.writeBytes(header);
        out.writeBytes(content);
        return out.toByteArray();
    }
}
