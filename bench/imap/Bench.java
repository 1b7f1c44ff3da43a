import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * IMAP benchmark client for Parley's bench/imap: one file, no dependencies, run with the JDK 25
 * source launcher ({@code java Bench.java MODE ...}). It speaks raw IMAP4rev1/IMAP4rev2 over
 * plain sockets on virtual threads, written from RFC 3501 / RFC 9051, and drives any server the
 * same way so that Parley and Dovecot are measured with one workload.
 *
 * <p>Modes:
 * <ul>
 * <li>{@code prepare --corpus DIR --out DIR [--count 10000]}: turns the SpamAssassin corpus
 *     into a fixed mailbox (CRLF files plus an index of internal dates); messages beyond the
 *     corpus size are copies with a changed Subject and Message-ID.
 * <li>{@code load --port P --user U --pass W --mailbox DIR}: APPENDs that mailbox to INBOX over
 *     one connection and prints the rate.
 * <li>{@code run --port P --user U --pass W [--clients 20] [--warmup 3] [--duration 10]
 *     [--phases a,b,...] [--label NAME]}: the timed workload; prints one {@code RESULT} line
 *     per phase.
 * <li>{@code idle --port P --user U --pass W [--connections 10000] [--parallel 64]}: opens
 *     that many sessions that log in, select INBOX and IDLE; prints {@code IDLING n} and holds
 *     them until killed or stdin reaches end of file.
 * <li>{@code status --port P --user U --pass W [--until N]}: prints the INBOX message count
 *     (STATUS), or waits until it reaches N.
 * </ul>
 *
 * <p>Every response is checked minimally (tagged OK, the expected number of FETCH responses,
 * body size equal to RFC822.SIZE, flags really changed), so a server that answers fast but
 * wrong does not win: such operations count as errors and the phase is marked invalid.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: java Bench.java prepare|load|run|idle|status --option value ...");
            System.exit(2);
        }
        Options o = Options.parse(Arrays.copyOfRange(argv, 1, argv.length));
        switch (argv[0]) {
            case "prepare" -> Corpus.prepare(Path.of(o.get("corpus", null)), Path.of(o.get("out", null)),
                    o.getInt("count", 10_000));
            case "load" -> Loader.load(o, Path.of(o.get("mailbox", null)));
            case "run" -> Workload.run(o);
            case "idle" -> IdleHolder.hold(o);
            case "status" -> status(o);
            default -> {
                System.err.println("unknown mode " + argv[0]);
                System.exit(2);
            }
        }
    }

    /**
     * Prints the INBOX message count; with {@code --until N}, polls over one connection until
     * INBOX holds N messages (or nothing new arrived for {@code --stall-seconds}) and prints
     * {@code STORED count epoch-millis} for the moment it was seen.
     */
    static void status(Options o) throws Exception {
        int until = o.getInt("until", -1);
        long interval = o.getInt("interval-ms", 500);
        long stallNanos = o.getInt("stall-seconds", 120) * 1_000_000_000L;
        try (Imap imap = Imap.login(o)) {
            int n = imap.statusMessages("INBOX");
            if (until >= 0) {
                System.err.println("POLLING " + n);
                System.err.flush();
            }
            int last = n;
            long lastChange = System.nanoTime();
            while (until >= 0 && n < until && System.nanoTime() - lastChange < stallNanos) {
                Thread.sleep(interval);
                n = imap.statusMessages("INBOX");
                if (n != last) {
                    last = n;
                    lastChange = System.nanoTime();
                }
            }
            System.out.println(until < 0 ? Integer.toString(n) : "STORED " + n + " " + System.currentTimeMillis());
            imap.logout();
        }
    }

    /** {@code --name value} pairs. */
    record Options(Map<String, String> values) {
        static Options parse(String[] args) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value at " + args[i]);
                }
                m.put(args[i].substring(2), args[++i]);
            }
            return new Options(m);
        }

        String get(String name, String fallback) {
            String v = values.getOrDefault(name, fallback);
            if (v == null) {
                throw new IllegalArgumentException("missing --" + name);
            }
            return v;
        }

        int getInt(String name, int fallback) {
            return Integer.parseInt(get(name, Integer.toString(fallback)));
        }
    }

    /** Thrown when a server's answer is not what the protocol or the workload requires. */
    static final class BadAnswer extends RuntimeException {
        BadAnswer(String message) {
            super(message);
        }
    }

    /** One tagged command's outcome: its untagged responses (literals replaced by their size). */
    record Result(String status, String text, List<String> untagged, long literalBytes) {
        boolean ok() {
            return status.equals("OK");
        }

        Result requireOk(String what) {
            if (!ok()) {
                throw new BadAnswer(what + ": " + status + " " + text);
            }
            return this;
        }
    }

    /**
     * A raw IMAP connection. Not thread-safe: one per virtual thread. Literal contents in
     * responses are skipped and counted, never kept, so the client stays cheap next to the server.
     */
    static final class Imap implements AutoCloseable {
        private static final int MAX_LINE = 8 * 1024 * 1024;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private int tags;
        private byte[] line = new byte[8192];
        private long lastLiteralBytes;
        String capabilities = "";

        Imap(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(300_000);
            socket.connect(new InetSocketAddress(host, port), 30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            String greeting = readResponse();
            if (!greeting.startsWith("* OK")) { // RFC 9051 §7.1.1 (PREAUTH/BYE are not usable here)
                throw new BadAnswer("greeting: " + greeting);
            }
        }

        static Imap login(Options o) throws IOException {
            Imap imap = new Imap(o.get("host", "127.0.0.1"), o.getInt("port", 143));
            try {
                imap.command("LOGIN " + quote(o.get("user", null)) + " " + quote(o.get("pass", null)))
                        .requireOk("LOGIN");
                return imap;
            } catch (RuntimeException | IOException e) {
                imap.close();
                throw e;
            }
        }

        static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        String nextTag() {
            return "b" + (++tags);
        }

        Result command(String command) throws IOException {
            String tag = nextTag();
            send(tag + " " + command + "\r\n");
            return readUntilTagged(tag);
        }

        void send(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        Result readUntilTagged(String tag) throws IOException {
            List<String> untagged = new ArrayList<>();
            long literals = 0;
            while (true) {
                String r = readResponse();
                literals += lastLiteralBytes;
                if (r.startsWith("* ")) {
                    untagged.add(r);
                    if (r.startsWith("* CAPABILITY ")) {
                        capabilities = r;
                    }
                    if (r.startsWith("* BYE")) {
                        // the tagged answer may still follow (LOGOUT) or the server hangs up
                        continue;
                    }
                } else if (r.startsWith(tag + " ")) {
                    String rest = r.substring(tag.length() + 1);
                    int sp = rest.indexOf(' ');
                    String status = sp < 0 ? rest : rest.substring(0, sp);
                    return new Result(status, sp < 0 ? "" : rest.substring(sp + 1), untagged, literals);
                } else if (r.startsWith("+")) {
                    throw new BadAnswer("unexpected continuation: " + r);
                } else {
                    throw new BadAnswer("unexpected response: " + r);
                }
            }
        }

        /**
         * Reads one response: a line plus, while it ends in a literal {n}, the literal (skipped)
         * and the line that follows. Returns the text with each literal shown as {n}.
         */
        String readResponse() throws IOException {
            StringBuilder sb = null;
            lastLiteralBytes = 0;
            while (true) {
                int len = readLine();
                String part = new String(line, 0, len, StandardCharsets.ISO_8859_1);
                long literal = trailingLiteral(part);
                if (literal < 0) {
                    if (sb == null) {
                        return part;
                    }
                    return sb.append(part).toString();
                }
                if (sb == null) {
                    sb = new StringBuilder(part.length() + 64);
                }
                sb.append(part);
                skip(literal);
                lastLiteralBytes += literal;
            }
        }

        private static long trailingLiteral(String s) {
            if (!s.endsWith("}")) {
                return -1;
            }
            int open = s.lastIndexOf('{');
            if (open < 0) {
                return -1;
            }
            String digits = s.substring(open + 1, s.length() - 1);
            if (digits.endsWith("+")) {
                digits = digits.substring(0, digits.length() - 1);
            }
            if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            return Long.parseLong(digits);
        }

        private void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                long k = in.skip(left);
                if (k <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed inside a literal");
                    }
                    k = 1;
                }
                left -= k;
            }
        }

        /** Reads up to CRLF (or LF) into {@link #line}; returns its length without the line end. */
        private int readLine() throws IOException {
            int n = 0;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("connection closed by server");
                }
                if (b == '\n') {
                    return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
                }
                if (n == line.length) {
                    if (n >= MAX_LINE) {
                        throw new BadAnswer("response line longer than " + MAX_LINE);
                    }
                    line = Arrays.copyOf(line, n * 2);
                }
                line[n++] = (byte) b;
            }
        }

        /** SELECT INBOX; returns EXISTS. */
        int select(String mailbox) throws IOException {
            Result r = command("SELECT " + quote(mailbox)).requireOk("SELECT");
            for (String u : r.untagged()) {
                if (u.endsWith(" EXISTS")) {
                    return Integer.parseInt(u.substring(2, u.length() - 7).trim());
                }
            }
            throw new BadAnswer("SELECT without EXISTS");
        }

        int statusMessages(String mailbox) throws IOException {
            Result r = command("STATUS " + quote(mailbox) + " (MESSAGES)").requireOk("STATUS");
            Pattern p = Pattern.compile("MESSAGES (\\d+)", Pattern.CASE_INSENSITIVE);
            for (String u : r.untagged()) {
                Matcher m = p.matcher(u);
                if (u.startsWith("* STATUS") && m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            throw new BadAnswer("STATUS without MESSAGES");
        }

        /** APPEND with a synchronizing literal (RFC 9051 §6.3.12, §4.3). */
        Result append(String mailbox, String date, byte[] message) throws IOException {
            String tag = nextTag();
            send(tag + " APPEND " + quote(mailbox) + " \"" + date + "\" {" + message.length + "}\r\n");
            String r = readResponse();
            if (!r.startsWith("+")) {
                if (r.startsWith(tag + " ")) {
                    return new Result("NO", r, List.of(), 0);
                }
                throw new BadAnswer("APPEND: expected continuation, got " + r);
            }
            out.write(message);
            out.write('\r');
            out.write('\n');
            out.flush();
            return readUntilTagged(tag);
        }

        void logout() throws IOException {
            try {
                command("LOGOUT");
            } catch (EOFException e) {
                // a server may hang up right after BYE; that is a valid end
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    /** Builds the 10,000-message mailbox from the SpamAssassin corpus. */
    static final class Corpus {
        private static final DateTimeFormatter MBOX_DATE =
                DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);
        private static final Pattern HEADER_DATE = Pattern.compile(
                "(?im)^Date:\\s*(?:[a-z]{3},\\s*)?(\\d{1,2}\\s+[a-z]{3})\\s+(\\d{2,4})\\s+(\\d{1,2}:\\d{2}:\\d{2})");
        private static final DateTimeFormatter HEADER_DATE_FORMAT =
                new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern("d MMM yyyy H:mm:ss").toFormatter(Locale.ROOT);
        static final DateTimeFormatter IMAP_DATE =
                DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss '+0000'", Locale.ROOT);

        static void prepare(Path corpus, Path outDir, int count) throws IOException {
            List<Path> files;
            try (Stream<Path> s = Files.walk(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IOException("no .txt messages under " + corpus);
            }
            Files.createDirectories(outDir);
            StringBuilder index = new StringBuilder();
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                Path src = files.get(i % files.size());
                int copy = i / files.size();
                byte[] raw = Files.readAllBytes(src);
                Message m = toMessage(raw, copy);
                String name = String.format("%05d.eml", i + 1);
                Files.write(outDir.resolve(name), m.bytes());
                index.append(name).append('\t').append(m.internalDate()).append('\n');
                bytes += m.bytes().length;
            }
            Files.writeString(outDir.resolve("index.tsv"), index.toString());
            System.out.printf("prepared %d messages (%d MB) from %d corpus files in %s%n", count,
                    bytes / 1_000_000, files.size(), outDir);
        }

        record Message(byte[] bytes, String internalDate) {
        }

        /**
         * Drops the mbox "From " line (its date becomes the internal date), makes every line end
         * in CRLF and drops stray CRs (RFC 5322 §2.3), and marks copies in Subject and Message-ID.
         */
        static Message toMessage(byte[] raw, int copy) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            String date = "01-Jan-2002 00:00:00 +0000";
            if (text.startsWith("From ")) {
                int eol = text.indexOf('\n');
                String from = text.substring(0, eol < 0 ? text.length() : eol).trim();
                text = eol < 0 ? "" : text.substring(eol + 1);
                String[] words = from.split("\\s+");
                if (words.length >= 7) {
                    String when = String.join(" ", Arrays.copyOfRange(words, words.length - 5, words.length));
                    try {
                        date = LocalDateTime.parse(when, MBOX_DATE).atOffset(ZoneOffset.UTC).format(IMAP_DATE);
                    } catch (RuntimeException e) {
                        // keep the fixed date: a few From lines carry odd dates
                    }
                }
            }
            if (date.startsWith("01-Jan-2002")) {
                date = dateHeader(text, date);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 256);
            boolean inHeader = true;
            for (String l : text.split("\n", -1)) {
                String ln = l.replace("\r", "");
                if (inHeader && ln.isEmpty()) {
                    inHeader = false;
                }
                if (copy > 0 && inHeader && ln.regionMatches(true, 0, "Subject:", 0, 8)) {
                    ln = ln + " (copy " + (copy + 1) + ")";
                } else if (copy > 0 && inHeader && ln.regionMatches(true, 0, "Message-Id:", 0, 11)) {
                    ln = ln.replaceFirst("<", "<copy" + (copy + 1) + ".");
                }
                out.writeBytes(ln.getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(new byte[] {'\r', '\n'});
            }
            byte[] bytes = out.toByteArray();
            // the split adds one CRLF for the final LF; keep exactly one line end at the end
            int end = bytes.length;
            while (end >= 4 && bytes[end - 1] == '\n' && bytes[end - 3] == '\n') {
                end -= 2;
            }
            return new Message(Arrays.copyOf(bytes, end), date);
        }

        /** Falls back to the Date header (RFC 5322 §3.3) for messages without an mbox From line. */
        static String dateHeader(String text, String fallback) {
            int body = text.indexOf("\n\n");
            Matcher m = HEADER_DATE.matcher(body < 0 ? text : text.substring(0, body));
            if (m.find()) {
                try {
                    // RFC 5322 §4.3: two-digit years are 19xx/20xx, three-digit ones 1900 + n
                    int year = Integer.parseInt(m.group(2));
                    if (m.group(2).length() < 4) {
                        year += m.group(2).length() == 3 || year >= 50 ? 1900 : 2000;
                    }
                    return LocalDateTime.parse(m.group(1) + " " + year + " " + m.group(3), HEADER_DATE_FORMAT)
                            .atOffset(ZoneOffset.UTC).format(IMAP_DATE);
                } catch (RuntimeException e) {
                    return fallback;
                }
            }
            return fallback;
        }
    }
    /** Loads the prepared mailbox through IMAP APPEND, the same way into every server. */
    static final class Loader {
        static void load(Options o, Path dir) throws IOException {
            List<String[]> index = Files.readAllLines(dir.resolve("index.tsv")).stream()
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
            long start = System.nanoTime();
            long bytes = 0;
            long[] latencies = new long[index.size()];
            try (Imap imap = Imap.login(o)) {
                int done = 0;
                for (String[] e : index) {
                    byte[] msg = Files.readAllBytes(dir.resolve(e[0]));
                    long t0 = System.nanoTime();
                    imap.append("INBOX", e[1], msg).requireOk("APPEND " + e[0]);
                    latencies[done] = System.nanoTime() - t0;
                    bytes += msg.length;
                    if (++done % 2000 == 0) {
                        System.err.printf("  appended %d/%d%n", done, index.size());
                    }
                }
                int exists = imap.statusMessages("INBOX");
                if (exists != index.size()) {
                    throw new BadAnswer("INBOX has " + exists + " messages after loading " + index.size());
                }
                imap.logout();
            }
            double s = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "RESULT append %d %.3f %.1f %.2f %.2f 0 %d%n", index.size(), s,
                    index.size() / s, latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6, bytes);
        }
    }

    /** The timed workload: the same phases, clients and checks against every server. */
    static final class Workload {
        static final String DEFAULT_PHASES =
                "login,envelopes,body,search-subject,search-from,search-text,search-since,store";
        static final Map<String, List<String>> SEARCHES = Map.of(
                "search-subject", List.of("SUBJECT \"linux\"", "SUBJECT \"money\"", "SUBJECT \"python\"",
                        "SUBJECT \"copy 2\""),
                "search-from", List.of("FROM \"yahoo\"", "FROM \"perl.org\"", "FROM \"linux.ie\"",
                        "FROM \"hotmail\""),
                "search-text", List.of("TEXT \"unsubscribe\"", "TEXT \"perl\"", "TEXT \"mortgage\"",
                        "TEXT \"razor\""),
                "search-since", List.of("SINCE 1-Sep-2002", "SINCE 1-Aug-2002", "SINCE 15-Oct-2002",
                        "SINCE 1-Jan-2002"));

        /** One client: its own connection, its share of UIDs for STORE, its cursor for syncing. */
        static final class Client {
            final int index;
            Imap imap;
            int chunk;
            int flaggedUid = -1;

            Client(int index) {
                this.index = index;
            }
        }

        interface Op {
            /** Runs one operation; throws BadAnswer when the server's answer is wrong. */
            void run(Client c) throws IOException;
        }

        record Stats(String phase, long ops, long errors, double seconds, double p50ms, double p99ms) {
        }

        static void run(Options o) throws Exception {
            int clients = o.getInt("clients", 20);
            int warmup = o.getInt("warmup", 3);
            int duration = o.getInt("duration", 10);
            int chunkSize = o.getInt("chunk", 500);
            List<String> phases = List.of(o.get("phases", DEFAULT_PHASES).split(","));

            int[] uids;
            int exists;
            try (Imap imap = Imap.login(o)) {
                exists = imap.select("INBOX");
                uids = searchUids(imap, "ALL");
                imap.logout();
            }
            if (uids.length != exists || exists == 0) {
                throw new BadAnswer("INBOX has " + exists + " messages but UID SEARCH ALL found " + uids.length);
            }
            System.err.printf("%s: %d messages, %d clients, %ds warm-up + %ds per phase%n",
                    o.get("label", "server"), exists, clients, warmup, duration);

            List<Client> pool = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Client c = new Client(i);
                c.imap = Imap.login(o);
                c.imap.select("INBOX");
                c.chunk = ThreadLocalRandom.current().nextInt((uids.length + chunkSize - 1) / chunkSize);
                pool.add(c);
            }
            // the same queries on every server: differing hit counts show a search bug on one side
            for (String phase : phases) {
                for (String q : SEARCHES.getOrDefault(phase, List.of())) {
                    int[] hit = searchUids(pool.getFirst().imap, q);
                    String name = q.replace(' ', '_').replace("\"", "");
                    System.out.printf("HITS %s %s %d%n", phase, name, hit.length);
                    // both servers load the mailbox in the same order, so UIDs compare across them
                    System.out.printf("HITUIDS %s %s %s%n", phase, name,
                            Arrays.stream(hit).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(",")));
                }
            }
            for (String phase : phases) {
                Op op = op(phase, o, uids, chunkSize, clients);
                if (warmup > 0) {
                    measure(phase, pool, op, warmup, o);
                }
                Stats s = measure(phase, pool, op, duration, o);
                System.out.printf(Locale.ROOT, "RESULT %s %d %.3f %.1f %.2f %.2f %d%n", s.phase(), s.ops(),
                        s.seconds(), s.ops() / s.seconds(), s.p50ms(), s.p99ms(), s.errors());
                System.out.flush();
                System.err.printf(Locale.ROOT, "  %-15s %9.1f ops/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%n",
                        phase, s.ops() / s.seconds(), s.p50ms(), s.p99ms(), s.errors());
            }
            for (Client c : pool) {
                try {
                    c.imap.logout();
                } catch (IOException | RuntimeException e) {
                    // the measurement is done; a failed LOGOUT changes nothing
                }
                c.imap.close();
            }
        }

        static int[] searchUids(Imap imap, String criteria) throws IOException {
            Result r = imap.command("UID SEARCH " + criteria).requireOk("UID SEARCH " + criteria);
            for (String u : r.untagged()) {
                if (u.startsWith("* SEARCH")) { // RFC 3501 §7.2.5
                    String rest = u.substring(8).trim();
                    if (rest.isEmpty()) {
                        return new int[0];
                    }
                    return Arrays.stream(rest.split(" +")).mapToInt(Integer::parseInt).sorted().toArray();
                }
            }
            throw new BadAnswer("UID SEARCH " + criteria + " without a SEARCH response");
        }

        static Op op(String phase, Options o, int[] uids, int chunkSize, int clients) {
            int chunks = (uids.length + chunkSize - 1) / chunkSize;
            return switch (phase) {
                case "login" -> c -> {
                    try (Imap imap = Imap.login(o)) {
                        int n = imap.select("INBOX");
                        if (n != uids.length) {
                            throw new BadAnswer("SELECT: EXISTS " + n + ", expected " + uids.length);
                        }
                        imap.logout();
                    }
                };
                case "envelopes" -> c -> {
                    int k = c.chunk++ % chunks;
                    int from = k * chunkSize;
                    int to = Math.min(from + chunkSize, uids.length) - 1;
                    Result r = c.imap.command("UID FETCH " + uids[from] + ":" + uids[to] + " (UID FLAGS ENVELOPE)")
                            .requireOk("UID FETCH ENVELOPE");
                    long n = r.untagged().stream().filter(u -> u.contains(" FETCH (") && u.contains("ENVELOPE"))
                            .count();
                    if (n != to - from + 1) {
                        throw new BadAnswer("UID FETCH ENVELOPE returned " + n + " of " + (to - from + 1));
                    }
                };
                case "body" -> c -> {
                    int uid = uids[ThreadLocalRandom.current().nextInt(uids.length)];
                    Result r = c.imap.command("UID FETCH " + uid + " (RFC822.SIZE BODY.PEEK[])")
                            .requireOk("UID FETCH BODY");
                    long size = -1;
                    for (String u : r.untagged()) {
                        int at = u.indexOf("RFC822.SIZE ");
                        if (u.contains(" FETCH (") && at > 0 && u.contains("BODY[]")) {
                            int end = at + 12;
                            while (end < u.length() && Character.isDigit(u.charAt(end))) {
                                end++;
                            }
                            size = Long.parseLong(u.substring(at + 12, end));
                        }
                    }
                    if (size <= 0 || r.literalBytes() != size) {
                        throw new BadAnswer("UID FETCH " + uid + " BODY[]: " + r.literalBytes()
                                + " bytes, RFC822.SIZE " + size);
                    }
                };
                case "search-subject", "search-from", "search-text", "search-since" -> {
                    List<String> queries = SEARCHES.get(phase);
                    AtomicInteger next = new AtomicInteger();
                    yield c -> searchUids(c.imap, queries.get(Math.floorMod(next.getAndIncrement(), queries.size())));
                }
                case "store" -> c -> {
                    // each client flags and unflags only its own share of the messages, so the
                    // state every answer must show is known without coordination
                    boolean add = c.flaggedUid < 0;
                    int uid = add ? pickOwnUid(uids, c.index, clients) : c.flaggedUid;
                    Result r = c.imap.command("UID STORE " + uid + (add ? " +" : " -") + "FLAGS (\\Flagged)")
                            .requireOk("UID STORE");
                    String fetch = null;
                    for (String u : r.untagged()) {
                        if (u.contains(" FETCH (") && (u.contains("UID " + uid + " ") || u.contains("UID " + uid + ")"))) {
                            fetch = u;
                        }
                    }
                    if (fetch == null) {
                        for (String u : r.untagged()) {
                            if (u.contains(" FETCH (") && u.contains("FLAGS")) {
                                fetch = u; // RFC 3501 §6.4.6 FETCH after STORE need not carry UID
                            }
                        }
                    }
                    if (fetch == null || fetch.contains("\\Flagged") != add) {
                        throw new BadAnswer("UID STORE " + uid + (add ? " +" : " -") + "FLAGS: untagged FETCH "
                                + fetch);
                    }
                    c.flaggedUid = add ? uid : -1;
                };
                default -> throw new IllegalArgumentException("unknown phase " + phase);
            };
        }

        static int pickOwnUid(int[] uids, int client, int clients) {
            int slots = (uids.length - client + clients - 1) / clients;
            return uids[client + clients * ThreadLocalRandom.current().nextInt(slots)];
        }

        static Stats measure(String phase, List<Client> pool, Op op, int seconds, Options o) throws Exception {
            long start = System.nanoTime();
            long deadline = start + seconds * 1_000_000_000L;
            AtomicLong ops = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicInteger reported = new AtomicInteger();
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong lastEnd = new AtomicLong(start);
            try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (Client c : pool) {
                    futures.add(exec.submit(() -> {
                        long[] lat = new long[1024];
                        int n = 0;
                        long now = System.nanoTime();
                        while (now < deadline) {
                            try {
                                op.run(c);
                                long end = System.nanoTime();
                                if (n == lat.length) {
                                    lat = Arrays.copyOf(lat, n * 2);
                                }
                                lat[n++] = end - now;
                                ops.incrementAndGet();
                                now = end;
                            } catch (RuntimeException e) { // BadAnswer, or an answer too odd to parse
                                errors.incrementAndGet();
                                if (reported.incrementAndGet() <= 3) {
                                    System.err.println("  " + phase + ": wrong answer: " + e.getMessage());
                                }
                                now = System.nanoTime();
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                if (reported.incrementAndGet() <= 3) {
                                    System.err.println("  " + phase + ": I/O error: " + e);
                                }
                                reconnect(c, o);
                                now = System.nanoTime();
                            }
                        }
                        latencies.add(Arrays.copyOf(lat, n));
                        lastEnd.accumulateAndGet(now, Math::max);
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
            double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
            return new Stats(phase, ops.get(), errors.get(), (lastEnd.get() - start) / 1e9, p50, p99);
        }

        static void reconnect(Client c, Options o) {
            c.imap.close();
            try {
                c.imap = Imap.login(o);
                c.imap.select("INBOX");
            } catch (IOException | RuntimeException e) {
                System.err.println("  reconnect failed: " + e);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Holds many sessions in IDLE (RFC 2177) so the server's memory per session can be read. */
    static final class IdleHolder {
        static void hold(Options o) throws Exception {
            int connections = o.getInt("connections", 10_000);
            int parallel = o.getInt("parallel", 64);
            int holdSeconds = o.getInt("hold-seconds", 900);
            ConcurrentLinkedQueue<Imap> held = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            long start = System.nanoTime();
            try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int t = 0; t < parallel; t++) {
                    exec.submit(() -> {
                        while (next.getAndIncrement() < connections) {
                            Imap imap = null;
                            try {
                                imap = Imap.login(o);
                                imap.select("INBOX");
                                String tag = imap.nextTag();
                                imap.send(tag + " IDLE\r\n");
                                String r = imap.readResponse();
                                while (r.startsWith("* ")) {
                                    r = imap.readResponse();
                                }
                                if (!r.startsWith("+")) { // RFC 2177 §3: continuation before idling
                                    throw new BadAnswer("IDLE: " + r);
                                }
                                held.add(imap);
                                int d = done.incrementAndGet();
                                if (d % 1000 == 0) {
                                    System.err.printf("  %d sessions idling%n", d);
                                }
                            } catch (IOException | RuntimeException e) {
                                if (imap != null) {
                                    imap.close();
                                }
                                if (failed.incrementAndGet() <= 5) {
                                    System.err.println("  idle session failed: " + e);
                                }
                            }
                        }
                        return null;
                    });
                }
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "IDLING %d failed %d seconds %.1f%n", done.get(), failed.get(), s);
            System.out.flush();
            long until = System.nanoTime() + holdSeconds * 1_000_000_000L;
            // hold until killed, stdin ends (when it is a pipe) or the time is up
            Thread stdin = Thread.ofVirtual().start(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // keep reading
                    }
                } catch (IOException e) {
                    // treat as end
                }
            });
            while (System.nanoTime() < until && (stdin.isAlive() || !o.get("stdin", "no").equals("yes"))) {
                Thread.sleep(500);
            }
            held.forEach(Imap::close);
        }
    }
}
