package org.parley.imap.codec;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SEARCH (RFC 9051 §6.4.4, RFC 3501 §6.4.4, RFC 4731 ESEARCH, RFC 5182 SEARCHRES, RFC 5032
 * WITHIN, RFC 7162 MODSEQ), SORT and THREAD (RFC 5256, RFC 5957).
 */
final class SearchParser {
    private static final List<String> SUPPORTED_CHARSETS = List.of("US-ASCII", "UTF-8");

    private SearchParser() {}

    /** search = "SEARCH" [SP "RETURN" SP "(" ... ")"] SP ["CHARSET" SP charset SP] 1*search-key. */
    static ImapCommand search(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        Set<SearchReturnOption> returns = null;
        if (r.peekWord().equals("RETURN")) {
            r.atom();
            r.sp();
            returns = returnOptions(r);
            r.sp();
        }
        String charsetName = null;
        Charset charset = StandardCharsets.UTF_8;
        if (r.peekWord().equals("CHARSET")) {
            r.atom();
            r.sp();
            charsetName = r.astring().toUpperCase(Locale.ROOT);
            charset = charset(r, charsetName);
            r.sp();
        }
        return new ImapCommand.Search(uid, returns, charsetName, keys(r, charset));
    }

    private static Set<SearchReturnOption> returnOptions(CommandReader r) throws ImapParseException {
        r.openParen();
        Set<SearchReturnOption> options = EnumSet.noneOf(SearchReturnOption.class);
        if (!r.peekIs(')')) {
            do {
                String name = r.atomUpper();
                try {
                    options.add(SearchReturnOption.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw r.bad("unknown SEARCH return option");
                }
            } while (r.tryChar(' '));
        }
        r.closeParen();
        if (options.isEmpty()) {
            // RFC 4731 §3.1: RETURN () means RETURN (ALL)
            options.add(SearchReturnOption.ALL);
        }
        return options;
    }

    /**
     * The Java charset for a CHARSET argument. RFC 9051 §6.4.4 requires US-ASCII and UTF-8; any
     * other charset the JDK knows is accepted too. Unknown ones: NO [BADCHARSET (...)].
     */
    private static Charset charset(CommandReader r, String name) throws ImapParseException {
        try {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException e) {
            // an illegal charset name is unknown as well
        }
        throw r.refuse(ResponseStatus.NO, new ResponseCode.BadCharset(SUPPORTED_CHARSETS), "unsupported charset");
    }

    /** 1*search-key separated by SP, as an And. */
    private static SearchKey keys(CommandReader r, Charset charset) throws ImapParseException, IOException {
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(key(r, charset));
        } while (r.trySpBeforeArgument());
        return new SearchKey.And(keys);
    }

    private static SearchKey key(CommandReader r, Charset charset) throws ImapParseException, IOException {
        r.countSearchKey();
        if (r.peekIs('(')) {
            r.openParen();
            List<SearchKey> keys = new ArrayList<>();
            do {
                keys.add(key(r, charset));
            } while (r.tryChar(' '));
            r.closeParen();
            return new SearchKey.And(keys);
        }
        if (r.atSequenceSet()) {
            return new SearchKey.SequenceNumbers(r.sequenceSet());
        }
        String name = r.atomUpper();
        return switch (name) {
            case "ALL" -> new SearchKey.All();
            case "ANSWERED" -> new SearchKey.Answered();
            case "DELETED" -> new SearchKey.Deleted();
            case "DRAFT" -> new SearchKey.Draft();
            case "FLAGGED" -> new SearchKey.Flagged();
            case "SEEN" -> new SearchKey.Seen();
            case "UNANSWERED" -> new SearchKey.Unanswered();
            case "UNDELETED" -> new SearchKey.Undeleted();
            case "UNDRAFT" -> new SearchKey.Undraft();
            case "UNFLAGGED" -> new SearchKey.Unflagged();
            case "UNSEEN" -> new SearchKey.Unseen();
            case "NEW" -> new SearchKey.New();
            case "OLD" -> new SearchKey.Old();
            case "RECENT" -> new SearchKey.Recent();
            case "KEYWORD" -> new SearchKey.Keyword(flagArgument(r));
            case "UNKEYWORD" -> new SearchKey.Unkeyword(flagArgument(r));
            case "BCC" -> new SearchKey.Bcc(text(r, charset));
            case "BODY" -> new SearchKey.Body(text(r, charset));
            case "CC" -> new SearchKey.Cc(text(r, charset));
            case "FROM" -> new SearchKey.From(text(r, charset));
            case "SUBJECT" -> new SearchKey.Subject(text(r, charset));
            case "TEXT" -> new SearchKey.Text(text(r, charset));
            case "TO" -> new SearchKey.To(text(r, charset));
            case "HEADER" -> {
                r.sp();
                String field = r.headerFieldName();
                yield new SearchKey.Header(field, text(r, charset));
            }
            case "BEFORE" -> new SearchKey.Before(date(r));
            case "ON" -> new SearchKey.On(date(r));
            case "SINCE" -> new SearchKey.Since(date(r));
            case "SENTBEFORE" -> new SearchKey.SentBefore(date(r));
            case "SENTON" -> new SearchKey.SentOn(date(r));
            case "SENTSINCE" -> new SearchKey.SentSince(date(r));
            case "LARGER" -> new SearchKey.Larger(numberArgument(r));
            case "SMALLER" -> new SearchKey.Smaller(numberArgument(r));
            case "OLDER" -> new SearchKey.Older(positiveArgument(r));
            case "YOUNGER" -> new SearchKey.Younger(positiveArgument(r));
            case "UID" -> {
                r.sp();
                yield new SearchKey.Uid(r.sequenceSet());
            }
            case "NOT" -> {
                r.sp();
                r.enter();
                SearchKey inner = key(r, charset);
                r.leave();
                yield new SearchKey.Not(inner);
            }
            case "OR" -> {
                r.sp();
                r.enter();
                SearchKey left = key(r, charset);
                r.sp();
                SearchKey right = key(r, charset);
                r.leave();
                yield new SearchKey.Or(left, right);
            }
            case "MODSEQ" -> modSeq(r);
            default -> throw r.bad("unknown search key");
        };
    }

    private static String text(CommandReader r, Charset charset) throws ImapParseException, IOException {
        r.sp();
        return r.decode(r.searchStringBytes(), charset);
    }

    private static String flagArgument(CommandReader r) throws ImapParseException {
        r.sp();
        return r.flag();
    }

    private static long numberArgument(CommandReader r) throws ImapParseException {
        r.sp();
        return r.number64();
    }

    private static long positiveArgument(CommandReader r) throws ImapParseException {
        r.sp();
        return r.nzNumber();
    }

    /** date = date-text / DQUOTE date-text DQUOTE. */
    private static LocalDate date(CommandReader r) throws ImapParseException {
        r.sp();
        String text = r.peekIs('"') ? new String(r.quotedBytes(), StandardCharsets.ISO_8859_1) : r.atom();
        try {
            return ImapDates.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw r.bad("invalid date");
        }
    }

    /** RFC 7162 §7: "MODSEQ" [SP entry-name SP entry-type-req] SP mod-sequence-valzer. */
    private static SearchKey modSeq(CommandReader r) throws ImapParseException {
        r.sp();
        String flag = null;
        String type = null;
        if (r.peekIs('"')) {
            String entry = new String(r.quotedBytes(), StandardCharsets.ISO_8859_1);
            if (!entry.regionMatches(true, 0, "/flags/", 0, 7) || entry.length() == 7) {
                throw r.bad("invalid MODSEQ entry name");
            }
            flag = entry.substring(7);
            r.sp();
            type = r.atom().toLowerCase(Locale.ROOT);
            if (!type.equals("priv") && !type.equals("shared") && !type.equals("all")) {
                throw r.bad("invalid MODSEQ entry type");
            }
            r.sp();
        }
        return new SearchKey.ModSeq(r.number64(), flag, type);
    }

    /** RFC 5256 §3: SORT SP sort-criteria SP charset 1*(SP search-key). */
    static ImapCommand sort(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        r.openParen();
        List<SortCriterion> criteria = new ArrayList<>();
        do {
            boolean reverse = false;
            String name = r.atomUpper();
            if (name.equals("REVERSE")) {
                reverse = true;
                r.sp();
                name = r.atomUpper();
            }
            try {
                criteria.add(new SortCriterion(SortCriterion.Key.valueOf(name), reverse));
            } catch (IllegalArgumentException e) {
                throw r.bad("unknown sort criterion");
            }
            r.checkListSize(criteria.size());
        } while (r.tryChar(' '));
        r.closeParen();
        r.sp();
        String charsetName = r.astring().toUpperCase(Locale.ROOT);
        Charset charset = charset(r, charsetName);
        r.sp();
        return new ImapCommand.Sort(uid, criteria, charsetName, keys(r, charset));
    }

    /** RFC 5256 §3: THREAD SP thread-alg SP charset 1*(SP search-key). */
    static ImapCommand thread(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        ThreadAlgorithm algorithm;
        try {
            algorithm = ThreadAlgorithm.valueOf(r.atomUpper());
        } catch (IllegalArgumentException e) {
            throw r.bad("unknown threading algorithm");
        }
        r.sp();
        String charsetName = r.astring().toUpperCase(Locale.ROOT);
        Charset charset = charset(r, charsetName);
        r.sp();
        return new ImapCommand.ThreadMessages(uid, algorithm, charsetName, keys(r, charset));
    }
}
