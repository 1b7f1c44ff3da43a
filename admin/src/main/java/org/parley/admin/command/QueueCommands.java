package org.parley.admin.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.admin.codec.CliCodes;
import org.parley.admin.codec.CliException;
import org.parley.admin.codec.Reply;
import org.parley.core.format.CgpDate;
import org.parley.mail.queue.QueueSummary;
import org.parley.mail.queue.QueuedMessageInfo;

/**
 * The mail queue: GETMESSAGEQUEUEINFO, RELEASESMTPQUEUE, REJECTQUEUEMESSAGE. Master only.
 *
 * <p>{@code GETMESSAGEQUEUEINFO module QUEUE name} answers CommuniGate's dictionary
 * {@code {nTotal=#recipients; size=#octets; delayedTill=#T…; lastError="…";}} for one queue
 * ({@code SMTP} and a domain, or {@code host:port} for a routed host; {@code LOCAL} and
 * {@code local} for local deliveries waiting to be retried), plus Parley's {@code nMessages} and
 * {@code messages} (up to 100, oldest first: {@code {id; from; to; size; created; expires;
 * attempts; nextAttempt; lastError}}). Without arguments it answers every non-empty queue as
 * {@code {SMTP={far.test={…};};}}. An empty or unknown queue has {@code nTotal=#0}.
 *
 * <p>{@code RELEASESMTPQUEUE name} makes everything waiting for that SMTP queue due now.
 * {@code REJECTQUEUEMESSAGE id [REPORT text | NONDN]} takes a message out of the queue; its sender
 * gets a failure notice (with the text) unless NONDN.
 */
final class QueueCommands {
    private static final int MESSAGES_SHOWN = 100;

    private QueueCommands() {}

    static void register(CommandTable t, MailAdmin mail) {
        t.add("GETMESSAGEQUEUEINFO", Subject.SERVER, (ctx, args) -> {
            String module = args.optionalString();
            if (module == null) {
                args.end();
                ctx.requireMaster();
                Map<String, Object> all = new LinkedHashMap<>();
                for (QueueSummary s : mail.queue().summaries()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> byQueue = (Map<String, Object>) all.computeIfAbsent(s.module(),
                            k -> new LinkedHashMap<String, Object>());
                    byQueue.put(s.queue(), summary(Optional.of(s)));
                }
                return new Reply.Data(all);
            }
            args.expect("QUEUE");
            String queue = args.string("the queue name");
            args.end();
            ctx.requireMaster();
            String m = module.toUpperCase(Locale.ROOT);
            Map<String, Object> info = summary(mail.queue().summary(m, queue));
            List<Object> messages = new ArrayList<>();
            for (QueuedMessageInfo q : mail.queue().messages(m, queue, MESSAGES_SHOWN)) {
                messages.add(message(q, m, queue));
            }
            info.put("messages", messages);
            return new Reply.Data(info);
        });
        t.add("RELEASESMTPQUEUE", Subject.SERVER, (ctx, args) -> {
            String queue = args.string("the queue (domain) name");
            args.end();
            ctx.requireMaster();
            mail.queueRunner().release("SMTP", queue);
            return Reply.OK;
        });
        t.add("REJECTQUEUEMESSAGE", Subject.SERVER, (ctx, args) -> {
            long id = messageId(args.object("the message id"));
            String report = null;
            boolean notify = true;
            if (args.keyword("REPORT")) {
                report = args.string("the report text");
            } else if (args.keyword("NONDN")) {
                notify = false;
            }
            args.end();
            ctx.requireMaster();
            if (!mail.queueRunner().reject(id, report, notify)) {
                throw new CliException(CliCodes.UNKNOWN_OBJECT, "no message " + id + " in the queue");
            }
            return Reply.OK;
        });
    }

    private static long messageId(Object o) {
        try {
            long id = switch (o) {
                case Long n -> n;
                case String s -> Long.parseLong(s);
                default -> throw new NumberFormatException();
            };
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw CliException.badParameters("the message id is a positive number");
        }
    }

    private static Map<String, Object> summary(Optional<QueueSummary> s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nTotal", (long) s.map(QueueSummary::recipients).orElse(0));
        out.put("nMessages", (long) s.map(QueueSummary::messages).orElse(0));
        out.put("size", s.map(QueueSummary::size).orElse(0L));
        s.map(QueueSummary::delayedTill).ifPresent(d -> out.put("delayedTill", CgpDate.of(d)));
        s.map(QueueSummary::lastError).ifPresent(e -> out.put("lastError", e));
        return out;
    }

    private static Map<String, Object> message(QueuedMessageInfo q, String module, String queue) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("from", q.sender().isEmpty() ? "<>" : q.sender());
        List<Object> to = new ArrayList<>();
        long attempts = 0;
        Instant next = null;
        String lastError = null;
        for (QueuedMessageInfo.Recipient r : q.recipients()) {
            if (r.module().equals(module) && r.queue().equalsIgnoreCase(queue)) {
                to.add(r.address());
                attempts = Math.max(attempts, r.attempts());
                next = next == null || r.nextAttempt().isBefore(next) ? r.nextAttempt() : next;
                lastError = r.lastError() != null ? r.lastError() : lastError;
            }
        }
        out.put("to", to);
        out.put("size", q.size());
        out.put("origin", q.origin());
        out.put("created", CgpDate.of(q.created()));
        out.put("expires", CgpDate.of(q.expires()));
        out.put("attempts", attempts);
        if (next != null) {
            out.put("nextAttempt", CgpDate.of(next));
        }
        if (lastError != null) {
            out.put("lastError", lastError);
        }
        return out;
    }
}
