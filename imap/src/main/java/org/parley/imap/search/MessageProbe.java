package org.parley.imap.search;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.mail.MessageMeta;
import org.parley.store.message.MessageBytes;
import org.parley.store.message.MessageParser;
import org.parley.store.message.MessageText;
import org.parley.store.message.ParsedMessage;

/**
 * One message under evaluation, with everything derived from it computed on first use and kept
 * until the next message: the folded envelope fields, header values, header and body text, and
 * the content, opened at most once. One instance is reused for every message of a search; not
 * thread-safe.
 */
final class MessageProbe {
    /** Stands for "field absent" in the caches, where null means "not computed yet". */
    private static final String ABSENT = new String("");
    /** Longest message re-analysed when it arrived without a ParsedMessage. */
    private static final long MAX_REANALYSIS = Integer.MAX_VALUE - 64;

    private final MessageContentSource source;
    private final ZoneId zone;
    private final String[] envelope = new String[EnvelopeText.Field.values().length];
    private final Map<String, List<String>> headers = new HashMap<>();

    private SearchItem item;
    private ParsedMessage parsed;
    private boolean analysed;
    private MessageBytes bytes;
    private MessageText text;
    private String headerText;
    private String partHeaderText;
    private String bodyText;
    private long sentDay;
    private boolean sentDayKnown;

    MessageProbe(MessageContentSource source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** Starts on the next message; {@link #release()} must have been called for the previous one. */
    void reset(SearchItem next) {
        item = next;
        parsed = next.meta().parsed();
        analysed = false;
        bytes = null;
        text = null;
        headerText = null;
        partHeaderText = null;
        bodyText = null;
        sentDayKnown = false;
        Arrays.fill(envelope, null);
        headers.clear();
    }

    /** Hands the content back to the source, if it was opened. */
    void release() throws IOException {
        MessageBytes b = bytes;
        bytes = null;
        text = null;
        if (b != null) {
            source.release(item.meta(), b);
        }
    }

    SearchItem item() {
        return item;
    }

    MessageMeta meta() {
        return item.meta();
    }

    /**
     * The structure, or null when it is missing and {@code level} does not allow reading the
     * content to compute it (the caller then answers UNKNOWN).
     */
    ParsedMessage parsed(int level) throws IOException {
        if (parsed == null && level >= SearchNode.CONTENT && !analysed) {
            analysed = true;
            MessageBytes b = bytes();
            if (b.size() <= MAX_REANALYSIS) {
                parsed = MessageParser.DEFAULT.analyze(b.read(0, (int) b.size()));
            }
        }
        return parsed;
    }

    /** Whether the structure is there or can be had at {@code level}. */
    boolean hasStructure(int level) {
        return parsed != null || level >= SearchNode.CONTENT;
    }

    /** The folded text of an envelope field, or null when the message has no such field. */
    String envelopeFolded(EnvelopeText.Field f, ParsedMessage pm) {
        String v = envelope[f.ordinal()];
        if (v == null) {
            String raw = EnvelopeText.of(pm.envelope(), f);
            v = raw == null ? ABSENT : CaseFold.fold(raw);
            envelope[f.ordinal()] = v;
        }
        return v == ABSENT ? null : v;
    }

    /** The sent day (see {@link SentDates}), computed once per message; {@code pm} null: no Date. */
    long sentEpochDay(ParsedMessage pm) {
        if (!sentDayKnown) {
            sentDay = pm == null
                    ? SentDates.epochDay(null, null, meta().internalDate(), zone)
                    : SentDates.epochDay(pm.sentDate(), pm.envelope().date(), meta().internalDate(), zone);
            sentDayKnown = true;
        }
        return sentDay;
    }

    /** The folded, decoded values of every header field with this name. */
    List<String> headerFolded(String name) throws IOException {
        String key = name.toLowerCase(Locale.ROOT);
        List<String> v = headers.get(key);
        if (v == null) {
            List<String> raw = text().headerValues(name);
            v = new ArrayList<>(raw.size());
            for (String s : raw) {
                v.add(CaseFold.fold(s));
            }
            headers.put(key, v);
        }
        return v;
    }

    String headerTextFolded() throws IOException {
        if (headerText == null) {
            headerText = CaseFold.fold(text().headerText());
        }
        return headerText;
    }

    String partHeaderTextFolded() throws IOException {
        if (partHeaderText == null) {
            partHeaderText = CaseFold.fold(text().partHeaderText());
        }
        return partHeaderText;
    }

    String bodyTextFolded() throws IOException {
        if (bodyText == null) {
            bodyText = CaseFold.fold(text().bodyText());
        }
        return bodyText;
    }

    private MessageText text() throws IOException {
        if (text == null) {
            ParsedMessage pm = parsed(SearchNode.CONTENT);
            if (pm == null) {
                throw new IOException("message UID " + meta().uid() + " is too large to analyse");
            }
            text = MessageText.of(bytes(), pm);
        }
        return text;
    }

    private MessageBytes bytes() throws IOException {
        if (bytes == null) {
            bytes = source.content(item.meta());
            if (bytes == null) {
                throw new IOException("no content for message UID " + meta().uid());
            }
        }
        return bytes;
    }
}
