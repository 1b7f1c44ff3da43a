package org.parley.imap.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.parley.imap.codec.ImapWriter;
import org.parley.imap.codec.ThreadNode;
import org.parley.imap.codec.UntaggedResponse;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MessageMeta;
import org.parley.store.message.Envelope;
import org.parley.store.message.MessageParser;
import org.parley.store.message.ParsedMessage;

/** Hand-built messages for SORT and THREAD tests, parsed with the real {@link MessageParser}. */
final class TestMessages {
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final DateTimeFormatter RFC5322 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TestMessages() {}

    /** A message of the given header lines (and a short body), arrived at {@code internal}. */
    static SearchItem item(int seq, long uid, Instant internal, String headers) {
        byte[] raw = FixtureMailbox.crlf(headers.strip() + "\n\nbody\n");
        return new SearchItem(seq, new MessageMeta(uid, Flags.NONE, 1, internal, raw.length, null, MessageParser.parse(raw)));
    }

    /**
     * A message for THREAD: its Message-ID (null for none), References (space-separated ids, or
     * null), subject, and a Date {@code minutes} after {@link #T0}; UID is ten times the seq.
     */
    static SearchItem threaded(int seq, String id, String references, String subject, int minutes) {
        Instant sent = T0.plusSeconds(60L * minutes);
        StringBuilder h = new StringBuilder();
        h.append("From: someone@example.com\n");
        h.append("Subject: ").append(subject).append('\n');
        h.append("Date: ").append(RFC5322.format(sent)).append('\n');
        if (id != null) {
            h.append("Message-ID: ").append(id).append('\n');
        }
        if (references != null) {
            h.append("References: ").append(references).append('\n');
        }
        return item(seq, seq * 10L, T0.plusSeconds(86_400 + seq), h.toString());
    }

    /**
     * A THREAD message built without parsing, for large sets: Message-ID, references (already
     * normalized ids), base subject, sent {@code minutes} after {@link #T0}.
     */
    static SearchItem synthetic(int seq, String id, List<String> references, String subject, int minutes) {
        Envelope env = new Envelope(null, subject, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, id);
        ParsedMessage pm = new ParsedMessage(100, env, null, T0.plusSeconds(60L * minutes), subject, references,
                "", "", "", "", "");
        return new SearchItem(seq, new MessageMeta(seq, Flags.NONE, 1, T0, 100, null, pm));
    }

    /** The same message with a different size, for SIZE ties. */
    static SearchItem withSize(SearchItem i, long size) {
        MessageMeta m = i.meta();
        return new SearchItem(i.seq(), new MessageMeta(m.uid(), m.flags(), m.modseq(), m.internalDate(), size, null, m.parsed()));
    }

    /** The same message as fetched without structure. */
    static SearchItem withoutStructure(SearchItem i) {
        MessageMeta m = i.meta();
        return new SearchItem(i.seq(), new MessageMeta(m.uid(), m.flags(), m.modseq(), m.internalDate(), m.size(), null, null));
    }

    /** The threads as the codec writes them after {@code * THREAD }, e.g. {@code (2)(3 6 (4 23))}. */
    static String render(List<ThreadNode> threads) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImapWriter w = new ImapWriter(out);
            w.write(new UntaggedResponse.Threads(threads));
            w.flush();
            String line = out.toString(StandardCharsets.US_ASCII).strip();
            return line.equals("* THREAD") ? "" : line.substring("* THREAD ".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
