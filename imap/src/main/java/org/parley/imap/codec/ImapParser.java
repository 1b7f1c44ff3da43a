package org.parley.imap.codec;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one command at a time from an {@link ImapInput} and turns it into a {@link TaggedCommand}
 * or an {@link ImapParseException} (STYLE.md "Parse, then execute").
 *
 * <p>Call order: the session calls {@link #parse(ParseContext)} in its loop; between calls it may
 * read from the same {@link ImapInput} itself for AUTHENTICATE responses ({@link SaslResponse})
 * and IDLE's DONE ({@link #isIdleDone(byte[])}). One instance per connection; not thread-safe.
 * After STARTTLS or COMPRESS the session makes a new parser over the new input.
 *
 * <p>Every error leaves the input at the start of the next command: the parser skips the
 * non-synchronizing literals the client sends with the rejected command and the lines that follow
 * them, or marks the exception {@link ImapParseException#closeConnection()} when it cannot.
 */
public final class ImapParser {
    private static final int ID_MAX_FIELDS = 30;

    private final ImapInput input;
    private final ParseLimits limits;

    public ImapParser(ImapInput input, ParseLimits limits) {
        this.input = input;
        this.limits = limits;
    }

    /**
     * Reads and parses the next command.
     *
     * @param context the session's current grammar settings
     * @return the command, or null when the input ended cleanly between commands
     * @throws ImapParseException for bad syntax or exceeded limits (see the class comment)
     * @throws IOException        when the input fails; the session closes the connection
     */
    public TaggedCommand parse(ParseContext context) throws ImapParseException, IOException {
        byte[] first;
        try {
            first = input.readLine(limits.maxLineLength());
        } catch (LineTooLongException e) {
            throw skipRest(e.tail(), new ImapParseException(tagOf(e.head()), "command line too long"));
        } catch (EOFException e) {
            throw new ImapParseException(null, ResponseStatus.BAD, null, "end of input inside a command", true);
        }
        if (first == null) {
            return null;
        }
        CommandReader r = new CommandReader(input, limits, context, first);
        try {
            String tag = r.readTag();
            r.sp();
            ImapCommand command = command(r, r.atomUpper());
            r.end();
            return new TaggedCommand(tag, command, r.leniencies());
        } catch (ImapParseException e) {
            throw e.closeConnection() ? e : skipRest(r.currentLine(), e);
        }
    }

    /** Whether a line read during IDLE ends it (RFC 2177 §3: "DONE", compared case-insensitively). */
    public static boolean isIdleDone(byte[] line) {
        return line.length == 4 && new String(line, java.nio.charset.StandardCharsets.US_ASCII).equalsIgnoreCase("DONE");
    }

    private ImapCommand command(CommandReader r, String name) throws ImapParseException, IOException {
        return switch (name) {
            case "CAPABILITY" -> new ImapCommand.Capability();
            case "NOOP" -> new ImapCommand.Noop();
            case "LOGOUT" -> new ImapCommand.Logout();
            case "STARTTLS" -> new ImapCommand.StartTls();
            case "AUTHENTICATE" -> authenticate(r);
            case "LOGIN" -> login(r);
            case "ENABLE" -> enable(r);
            case "ID" -> id(r);
            case "COMPRESS" -> {
                r.sp();
                yield new ImapCommand.Compress(r.atomUpper());
            }
            case "IDLE" -> new ImapCommand.Idle();
            case "NAMESPACE" -> new ImapCommand.Namespace();
            case "CHECK" -> new ImapCommand.Check();
            case "CLOSE" -> new ImapCommand.Close();
            case "UNSELECT" -> new ImapCommand.Unselect();
            case "EXPUNGE" -> new ImapCommand.Expunge(null);
            case "SELECT" -> MailboxCommandParser.select(r, false);
            case "EXAMINE" -> MailboxCommandParser.select(r, true);
            case "CREATE" -> MailboxCommandParser.create(r);
            case "DELETE" -> new ImapCommand.Delete(mailboxArgument(r));
            case "RENAME" -> MailboxCommandParser.rename(r);
            case "SUBSCRIBE" -> new ImapCommand.Subscribe(mailboxArgument(r));
            case "UNSUBSCRIBE" -> new ImapCommand.Unsubscribe(mailboxArgument(r));
            case "LIST" -> ListCommandParser.list(r);
            case "LSUB" -> ListCommandParser.lsub(r);
            case "STATUS" -> MailboxCommandParser.status(r);
            case "APPEND" -> AppendParser.append(r);
            case "SEARCH" -> SearchParser.search(r, false);
            case "FETCH" -> FetchParser.fetch(r, false);
            case "STORE" -> MessageCommandParser.store(r, false);
            case "COPY" -> MessageCommandParser.copy(r, false);
            case "MOVE" -> MessageCommandParser.move(r, false);
            case "SORT" -> SearchParser.sort(r, false);
            case "THREAD" -> SearchParser.thread(r, false);
            case "UID" -> uid(r);
            case "SETACL" -> MailboxCommandParser.setAcl(r);
            case "DELETEACL" -> MailboxCommandParser.deleteAcl(r);
            case "GETACL" -> new ImapCommand.GetAcl(mailboxArgument(r));
            case "LISTRIGHTS" -> MailboxCommandParser.listRights(r);
            case "MYRIGHTS" -> new ImapCommand.MyRights(mailboxArgument(r));
            case "GETQUOTA" -> {
                r.sp();
                yield new ImapCommand.GetQuota(r.astring());
            }
            case "GETQUOTAROOT" -> new ImapCommand.GetQuotaRoot(mailboxArgument(r));
            case "SETQUOTA" -> MailboxCommandParser.setQuota(r);
            default -> throw r.bad("unknown command");
        };
    }

    private static String mailboxArgument(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        return r.mailbox();
    }

    private ImapCommand uid(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String sub = r.atomUpper();
        return switch (sub) {
            case "FETCH" -> FetchParser.fetch(r, true);
            case "STORE" -> MessageCommandParser.store(r, true);
            case "COPY" -> MessageCommandParser.copy(r, true);
            case "MOVE" -> MessageCommandParser.move(r, true);
            case "SEARCH" -> SearchParser.search(r, true);
            case "SORT" -> SearchParser.sort(r, true);
            case "THREAD" -> SearchParser.thread(r, true);
            case "EXPUNGE" -> MessageCommandParser.uidExpunge(r);
            default -> throw r.bad("unknown UID command");
        };
    }

    /** RFC 9051 §6.2.2, RFC 4959 §7: AUTHENTICATE mechanism [SP (base64 / "=")]. */
    private static ImapCommand authenticate(CommandReader r) throws ImapParseException {
        r.sp();
        String mechanism = r.atomUpper();
        byte[] initial = null;
        if (r.trySpBeforeArgument()) {
            byte[] token = r.rawToken();
            initial = token.length == 1 && token[0] == '='
                    ? new byte[0]
                    : SaslResponse.decodeBase64(r.tag(), token);
        }
        return new ImapCommand.Authenticate(mechanism, initial);
    }

    private static ImapCommand login(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String user = r.astring();
        r.sp();
        String password = r.astring();
        return new ImapCommand.Login(user, password);
    }

    /** RFC 5161 §3.1: ENABLE 1*(SP capability). */
    private static ImapCommand enable(CommandReader r) throws ImapParseException {
        List<String> caps = new ArrayList<>();
        r.sp();
        caps.add(r.atomUpper());
        while (r.trySpBeforeArgument()) {
            caps.add(r.atomUpper());
            r.checkListSize(caps.size());
        }
        return new ImapCommand.Enable(caps);
    }

    /** RFC 2971 §4: ID ("(" string SP nstring *(SP string SP nstring) ")") / NIL. */
    private static ImapCommand id(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        if (!r.peekIs('(')) {
            if (!r.atomUpper().equals("NIL")) {
                throw r.bad("expected ( or NIL");
            }
            return new ImapCommand.Id(null);
        }
        r.openParen();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!r.peekIs(')')) {
            do {
                String key = r.string();
                r.sp();
                String value = r.nstring();
                fields.put(key, value);
                if (fields.size() > ID_MAX_FIELDS) {
                    // RFC 2971 §3.3: at most 30 field-value pairs
                    throw r.bad("too many ID fields");
                }
            } while (r.tryChar(' '));
        }
        r.closeParen();
        return new ImapCommand.Id(fields);
    }

    // ---- error recovery ----------------------------------------------------------------------

    /**
     * Skips what the client sends after a rejected line without waiting for us: a trailing
     * non-synchronizing literal and the line after it, repeatedly (RFC 7888 §4). A synchronizing
     * literal needs no skipping: the client waits for a "+" that never comes.
     */
    private ImapParseException skipRest(byte[] line, ImapParseException error) throws IOException {
        byte[] current = line;
        for (int round = 0; current != null; round++) {
            long length = trailingNonSyncLiteral(current);
            if (length == NO_LITERAL) {
                return error;
            }
            if (length == UNREADABLE || length > limits.maxDiscardLiteral() || round >= limits.maxLiteralsPerCommand()) {
                return error.closing();
            }
            try {
                input.discardLiteral(length);
                current = input.readLine(limits.maxLineLength());
            } catch (LineTooLongException e) {
                current = e.tail();
            } catch (EOFException e) {
                return error.closing();
            }
        }
        return error.closing();
    }

    private static final long NO_LITERAL = -1;
    private static final long UNREADABLE = -2;

    /** n for a line ending in {n+} or ~{n+}; NO_LITERAL otherwise; UNREADABLE if n cannot be read. */
    static long trailingNonSyncLiteral(byte[] line) {
        int i = line.length - 1;
        if (i < 3 || line[i] != '}' || line[i - 1] != '+') {
            return NO_LITERAL;
        }
        int end = i - 1;
        int p = end - 1;
        while (p >= 0 && line[p] >= '0' && line[p] <= '9') {
            p--;
        }
        if (p < 0 || line[p] != '{' || p == end - 1) {
            return NO_LITERAL;
        }
        if (end - p - 1 > 18) {
            return UNREADABLE;
        }
        return Long.parseLong(new String(line, p + 1, end - p - 1, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The tag at the start of an over-long line, if it looks like one. */
    private static String tagOf(byte[] head) {
        int n = 0;
        while (n < head.length && CommandReader.isTagChar(head[n] & 0xff)) {
            n++;
        }
        if (n == 0 || n >= head.length || head[n] != ' ') {
            return null;
        }
        return new String(head, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
