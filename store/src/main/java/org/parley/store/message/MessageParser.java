package org.parley.store.message;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MessageAnalyzer}: MIME structure with exact offsets, ENVELOPE, sent date, base subject,
 * references and sort keys of a raw message.
 *
 * <p>How: the MIME tree, header blocks and boundaries are located by our own scanner over the
 * bytes ({@link PartScanner}, {@link HeaderBlock}), because IMAP sections are defined over exact
 * byte ranges and mime4j's streaming parser reads ahead through internal buffers without telling
 * where an event starts. mime4j does what it is good at: RFC 2047 encoded-words, base64 and
 * quoted-printable decoding and charset names. Address lists, dates and parameters are parsed here
 * for reasons given on {@link AddressListParser}, {@link MailDates} and {@link MimeParams}.
 *
 * <p>Thread-safe and stateless apart from its {@link Limits}.
 */
public final class MessageParser implements MessageAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(MessageParser.class);

    /**
     * Bounds on the work done for one message, so that hostile structure cannot cost more than
     * linear time in the message size times {@code maxDepth}.
     *
     * @param maxDepth             nesting levels (multipart and message/rfc822) descended into
     * @param maxParts             body parts in the whole tree
     * @param maxHeaderFields      fields examined per header block (offsets stay exact beyond it)
     * @param maxAddressesPerField entries (group markers included) kept per address header
     */
    public record Limits(int maxDepth, int maxParts, int maxHeaderFields, int maxAddressesPerField) {
        /** 100 levels and 10,000 parts (as Dovecot's defaults), 10,000 fields, 1,000 addresses. */
        public static final Limits DEFAULT = new Limits(100, 10_000, 10_000, 1_000);

        public Limits {
            if (maxDepth < 1 || maxParts < 1 || maxHeaderFields < 1 || maxAddressesPerField < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** A parser with {@link Limits#DEFAULT}. */
    public static final MessageParser DEFAULT = new MessageParser(Limits.DEFAULT);

    private final Limits limits;

    public MessageParser(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** {@link #DEFAULT}{@code .analyze(raw)}. */
    public static ParsedMessage parse(byte[] raw) {
        return DEFAULT.analyze(raw);
    }

    @Override
    public ParsedMessage analyze(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        try {
            return analyzeStrict(raw);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug here must not refuse mail: keep the message with the simplest true structure.
            LOG.warn("message analysis failed on {} octets; stored as a single text part", raw.length, e);
            return flat(raw);
        }
    }

    /** {@link #analyze} without the safety net, so tests see any failure. */
    ParsedMessage analyzeStrict(byte[] raw) {
        PartScanner.Scanned root = new PartScanner(raw, limits).entity(0, raw.length, 0, false);
        HeaderBlock h = root.header();
        Envelope envelope = EnvelopeBuilder.of(h, limits.maxAddressesPerField());
        // RFC 5256 §4 REFERENCES (1)(A): References, else the first valid id of In-Reply-To
        List<String> references = MessageIds.parseAll(h.firstValue("References"));
        if (references.isEmpty()) {
            String parent = MessageIds.first(h.firstValue("In-Reply-To"));
            references = parent == null ? List.of() : List.of(parent);
        }
        Instant sent = MailDates.parse(h.firstValue("Date"));
        return new ParsedMessage(
                raw.length,
                envelope,
                root.part(),
                sent,
                BaseSubject.of(envelope.subject()),
                references,
                EnvelopeBuilder.sortKey(envelope.from()),
                EnvelopeBuilder.sortKey(envelope.to()),
                EnvelopeBuilder.sortKey(envelope.cc()),
                EnvelopeBuilder.displayKey(envelope.from()),
                EnvelopeBuilder.displayKey(envelope.to()));
    }

    private static ParsedMessage flat(byte[] raw) {
        int bodyStart = raw.length;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' && (i + 1 < raw.length && raw[i + 1] == '\n'
                    || i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n')) {
                bodyStart = raw[i + 1] == '\n' ? i + 2 : i + 3;
                break;
            }
        }
        BodyPart body = new BodyPart("text", "plain", Map.of(), null, null, "7bit", raw.length - bodyStart, 0,
                null, null, Map.of(), List.of(), null, List.of(), null, null, 0, bodyStart, raw.length);
        Envelope envelope = new Envelope(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        return new ParsedMessage(raw.length, envelope, body, null, "", List.of(), "", "", "", "", "");
    }
}
