package org.parley.imap.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.imap.codec.ImapCommand;
import org.parley.imap.codec.ImapParser;
import org.parley.imap.codec.ParseContext;
import org.parley.imap.codec.ParseLimits;
import org.parley.imap.codec.SearchKey;
import org.parley.imap.codec.StreamImapInput;
import org.parley.store.mail.Flags;
import org.parley.store.mail.MessageMeta;
import org.parley.store.message.MessageBytes;
import org.parley.store.message.MessageParser;

/**
 * The fixture mailbox of {@code src/test/resources/search/}: twenty messages parsed with the real
 * {@link MessageParser}, with the flags, UIDs, internal dates and mod-sequences of
 * {@code mailbox.tsv}, and the clock the searches run at.
 */
final class FixtureMailbox {
    /** Sunday 10 March 2024, 13:00 in Berlin (CET, UTC+1). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    final List<SearchItem> items;
    final Map<Long, byte[]> raw;

    private FixtureMailbox(List<SearchItem> items, Map<Long, byte[]> raw) {
        this.items = List.copyOf(items);
        this.raw = raw;
    }

    static FixtureMailbox load() {
        List<SearchItem> items = new ArrayList<>();
        Map<Long, byte[]> raw = new HashMap<>();
        for (String line : resource("mailbox.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            byte[] bytes = crlf(resource("mailbox/" + f[0]));
            long uid = Long.parseLong(f[1]);
            MessageMeta meta = new MessageMeta(uid, flags(f[2]), Long.parseLong(f[4]), Instant.parse(f[3]),
                    bytes.length, null, MessageParser.parse(bytes));
            items.add(new SearchItem(items.size() + 1, meta));
            raw.put(uid, bytes);
        }
        return new FixtureMailbox(items, raw);
    }

    /** The same messages as fetched without structure. */
    List<SearchItem> withoutStructure() {
        return items.stream()
                .map(i -> new SearchItem(i.seq(), new MessageMeta(i.uid(), i.meta().flags(), i.meta().modseq(),
                        i.meta().internalDate(), i.meta().size(), null, null)))
                .toList();
    }

    SearchContext context(List<Long> saved) {
        return SearchContext.of(items, saved, CLOCK);
    }

    CountingSource source() {
        return new CountingSource(raw);
    }

    /** Flags as written in mailbox.tsv; {@code \Recent} becomes the keyword the session adds. */
    static Flags flags(String spec) {
        if (spec.equals("-")) {
            return Flags.NONE;
        }
        List<String> names = new ArrayList<>(List.of(spec.split(",")));
        boolean recent = names.remove("\\Recent");
        Flags stored = Flags.of(names);
        if (!recent) {
            return stored;
        }
        List<String> keywords = new ArrayList<>(stored.keywords());
        keywords.add("\\Recent");
        return new Flags(stored.system(), keywords);
    }

    /** The criteria of {@code SEARCH <args>} as the real parser reads them. */
    static SearchKey parse(String args) {
        return parseBytes(("a SEARCH " + args + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static SearchKey parseBytes(byte[] command) {
        try {
            ImapParser parser = new ImapParser(new StreamImapInput(new ByteArrayInputStream(command), () -> {}),
                    ParseLimits.DEFAULTS);
            return ((ImapCommand.Search) parser.parse(ParseContext.DEFAULT).command()).criteria();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot parse: " + new String(command, StandardCharsets.UTF_8), e);
        }
    }

    static String resource(String name) {
        try (InputStream in = FixtureMailbox.class.getResourceAsStream("/search/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Serves the raw bytes by UID and counts how often content is opened and released. */
    static class CountingSource implements MessageContentSource {
        final Map<Long, byte[]> raw;
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();
        final List<Long> openedUids = new ArrayList<>();

        CountingSource(Map<Long, byte[]> raw) {
            this.raw = raw;
        }

        @Override
        public MessageBytes content(MessageMeta meta) throws IOException {
            byte[] b = raw.get(meta.uid());
            if (b == null) {
                throw new IOException("no message " + meta.uid());
            }
            opened.incrementAndGet();
            openedUids.add(meta.uid());
            return MessageBytes.of(b);
        }

        @Override
        public void release(MessageMeta meta, MessageBytes bytes) {
            released.incrementAndGet();
        }
    }
}
