package org.parley.mail.dsn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.parley.mail.smtp.codec.DsnReturn;
import org.parley.mail.smtp.codec.SmtpReply;

/**
 * Builds RFC 3464 delivery status notifications: a {@code multipart/report;
 * report-type=delivery-status} (RFC 6522) with a human-readable part, the
 * {@code message/delivery-status} part and the original message's headers
 * ({@code text/rfc822-headers}) or, for RET=FULL and for failures without RET, the whole message
 * ({@code message/rfc822}) when it is not larger than {@code maxReturnedSize}. SMTPUTF8 originals
 * get the RFC 6533 types ({@code message/global-delivery-status}, {@code message/global-headers},
 * {@code message/global}). Stateless apart from the clock; thread-safe.
 */
public final class DsnComposer {
    /** RFC 5322 §3.3 date-time with a numeric zone. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Keep DSN fields well inside RFC 5322's 998-octet line limit. */
    private static final int MAX_FIELD = 900;

    private final String reportingMta;
    private final Clock clock;
    private final int maxReturnedSize;

    /**
     * @param reportingMta    our host name (Reporting-MTA, the From address's domain, Message-ID)
     * @param maxReturnedSize largest original returned whole; larger ones are returned as headers
     */
    public DsnComposer(String reportingMta, Clock clock, int maxReturnedSize) {
        this.reportingMta = reportingMta;
        this.clock = clock;
        this.maxReturnedSize = maxReturnedSize;
    }

    public String reportingMta() {
        return reportingMta;
    }

    /** The complete notice, CRLF line ends, ready to submit with the null reverse-path. */
    public byte[] compose(DsnReport report) {
        Instant now = clock.instant();
        String boundary = "=_parley_report_" + UUID.randomUUID().toString().replace("-", "");
        boolean failed = report.recipients().stream().anyMatch(r -> r.action() == DsnAction.FAILED);
        boolean delayed = report.recipients().stream().anyMatch(r -> r.action() == DsnAction.DELAYED);
        String subject = failed ? "Undelivered Mail Returned to Sender"
                : delayed ? "Delayed Mail (still being retried)" : "Successful Mail Delivery Report";
        int headerEnd = headerEnd(report.original());
        boolean full = report.ret() == DsnReturn.FULL || report.ret() == null && failed;
        boolean tooBig = full && report.original().length > maxReturnedSize;
        full = full && !tooBig;

        StringBuilder h = new StringBuilder(1024);
        h.append("From: Mail Delivery System <MAILER-DAEMON@").append(reportingMta).append(">\r\n");
        h.append("To: ").append(report.returnTo().isNull() ? "undisclosed-recipients:;" : "<"
                + report.returnTo().mailbox().toSmtpString() + ">").append("\r\n");
        h.append("Subject: ").append(subject).append("\r\n");
        h.append("Date: ").append(DATE.format(now)).append("\r\n");
        h.append("Message-ID: <").append(UUID.randomUUID()).append('@').append(reportingMta).append(">\r\n");
        // RFC 3834 §5: an automatic reply, so responders do not answer it
        h.append("Auto-Submitted: auto-replied\r\n");
        h.append("MIME-Version: 1.0\r\n");
        h.append("Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"")
                .append(boundary).append("\"\r\n\r\n");
        h.append("This is a MIME-encapsulated delivery status notification.\r\n\r\n");

        h.append("--").append(boundary).append("\r\n");
        h.append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        h.append(humanText(report, failed, delayed, tooBig));

        h.append("\r\n--").append(boundary).append("\r\n");
        h.append("Content-Type: message/").append(report.utf8() ? "global-delivery-status" : "delivery-status")
                .append("\r\n\r\n");
        h.append(statusFields(report));

        h.append("\r\n--").append(boundary).append("\r\n");
        String type = full ? (report.utf8() ? "message/global" : "message/rfc822")
                : (report.utf8() ? "message/global-headers" : "text/rfc822-headers");
        h.append("Content-Type: ").append(type).append("\r\n\r\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream(h.length() + report.original().length + 256);
        out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        byte[] original = report.original();
        int returned = full ? original.length : headerEnd;
        out.write(original, 0, returned);
        if (returned > 0 && original[returned - 1] != '\n') {
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private String humanText(DsnReport report, boolean failed, boolean delayed, boolean tooBig) {
        StringBuilder t = new StringBuilder(512);
        t.append("This is the mail system at ").append(reportingMta).append(".\r\n\r\n");
        if (failed) {
            t.append("Your message could not be delivered to one or more recipients.\r\n");
        } else if (delayed) {
            t.append("Your message has not been delivered yet to one or more recipients.\r\n"
                    + "The mail system will keep trying; you do not need to send it again.\r\n");
        } else {
            t.append("Your message was delivered, or passed on to a system that does not report delivery.\r\n");
        }
        t.append("\r\n");
        for (DsnRecipient r : report.recipients()) {
            t.append("<").append(clean(r.finalRecipient())).append(">: ").append(r.action().field());
            if (r.diagnostic() != null && r.remoteMta() != null) {
                t.append(" (host ").append(clean(r.remoteMta())).append(" said: ")
                        .append(clean(diagnostic(r.diagnostic()))).append(')');
            } else if (r.diagnostic() != null) {
                t.append(": ").append(clean(diagnostic(r.diagnostic())));
            }
            if (r.willRetryUntil() != null) {
                t.append("; will retry until ").append(DATE.format(r.willRetryUntil()));
            }
            t.append("\r\n");
        }
        if (tooBig) {
            t.append("\r\nThe message was too large to return whole; its headers follow.\r\n");
        }
        return t.toString();
    }

    /** RFC 3464 §2.2 per-message fields, then §2.3 per-recipient fields, blank line between. */
    private String statusFields(DsnReport report) {
        StringBuilder f = new StringBuilder(512);
        f.append("Reporting-MTA: dns; ").append(reportingMta).append("\r\n");
        if (report.envelopeId() != null) {
            field(f, "Original-Envelope-Id", report.envelopeId());
        }
        if (report.arrival() != null) {
            f.append("Arrival-Date: ").append(DATE.format(report.arrival())).append("\r\n");
        }
        for (DsnRecipient r : report.recipients()) {
            f.append("\r\n");
            if (r.originalRecipient() != null) {
                field(f, "Original-Recipient", r.originalRecipient().addressType() + "; "
                        + r.originalRecipient().address());
            }
            field(f, "Final-Recipient", addressType(r.finalRecipient(), report.utf8()) + "; " + r.finalRecipient());
            f.append("Action: ").append(r.action().field()).append("\r\n");
            f.append("Status: ").append(r.status()).append("\r\n");
            if (r.remoteMta() != null) {
                field(f, "Remote-MTA", "dns; " + r.remoteMta());
            }
            if (r.diagnostic() != null) {
                field(f, "Diagnostic-Code", "smtp; " + diagnostic(r.diagnostic()));
            }
            if (r.lastAttempt() != null) {
                f.append("Last-Attempt-Date: ").append(DATE.format(r.lastAttempt())).append("\r\n");
            }
            if (r.willRetryUntil() != null) {
                f.append("Will-Retry-Until: ").append(DATE.format(r.willRetryUntil())).append("\r\n");
            }
        }
        return f.toString();
    }

    /** RFC 6533 §3: non-ASCII addresses are of type utf-8. */
    private static String addressType(String address, boolean utf8) {
        if (utf8) {
            for (int i = 0; i < address.length(); i++) {
                if (address.charAt(i) >= 0x80) {
                    return "utf-8";
                }
            }
        }
        return "rfc822";
    }

    private static void field(StringBuilder f, String name, String value) {
        String v = clean(value);
        if (v.length() > MAX_FIELD) {
            v = v.substring(0, MAX_FIELD);
        }
        f.append(name).append(": ").append(v).append("\r\n");
    }

    static String diagnostic(SmtpReply r) {
        return r.code() + (r.status() == null ? "" : " " + r.status()) + " " + r.text();
    }

    /** Control characters never reach a header line. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return out.toString();
    }

    /** Where the original's header ends, including the blank line; the whole message if it has none. */
    static int headerEnd(byte[] m) {
        for (int i = 0; i < m.length; i++) {
            if (m[i] == '\n') {
                if (i + 1 < m.length && m[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < m.length && m[i + 1] == '\r' && m[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return m.length;
    }
}
