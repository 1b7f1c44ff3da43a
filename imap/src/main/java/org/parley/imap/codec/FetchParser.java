package org.parley.imap.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** FETCH arguments (RFC 9051 §6.4.5, RFC 3516 §4.2, RFC 7162 §3.1.4 and §3.2.6). */
final class FetchParser {
    private FetchParser() {}

    static ImapCommand fetch(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        SequenceSet set = r.sequenceSet();
        r.sp();
        List<FetchItem> items = new ArrayList<>();
        if (r.peekIs('(')) {
            r.openParen();
            do {
                add(items, item(r, r.keyword()));
                r.checkListSize(items.size());
            } while (r.tryChar(' '));
            r.closeParen();
        } else {
            String name = r.keyword();
            switch (name) {
                // RFC 9051 §6.4.5: the macros, valid only on their own
                case "ALL" -> items.addAll(List.of(FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE, FetchItem.ENVELOPE));
                case "FAST" -> items.addAll(List.of(FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE));
                case "FULL" -> items.addAll(List.of(FetchItem.FLAGS, FetchItem.INTERNALDATE, FetchItem.RFC822_SIZE,
                        FetchItem.ENVELOPE, new FetchItem.BodyStructure(false)));
                default -> items.add(item(r, name));
            }
        }
        FetchModifiers modifiers = FetchModifiers.NONE;
        if (r.trySpBeforeArgument()) {
            modifiers = modifiers(r, uid);
        }
        return new ImapCommand.Fetch(uid, set, items, modifiers);
    }

    private static void add(List<FetchItem> items, FetchItem item) {
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    private static FetchItem item(CommandReader r, String name) throws ImapParseException, IOException {
        return switch (name) {
            case "FLAGS" -> FetchItem.FLAGS;
            case "UID" -> FetchItem.UID;
            case "INTERNALDATE" -> FetchItem.INTERNALDATE;
            case "RFC822.SIZE" -> FetchItem.RFC822_SIZE;
            case "ENVELOPE" -> FetchItem.ENVELOPE;
            case "BODYSTRUCTURE" -> new FetchItem.BodyStructure(true);
            case "MODSEQ" -> FetchItem.MODSEQ;
            case "RFC822" -> FetchItem.RFC822;
            case "RFC822.HEADER" -> FetchItem.RFC822_HEADER;
            case "RFC822.TEXT" -> FetchItem.RFC822_TEXT;
            case "BODY" -> r.peekIs('[') ? new FetchItem.Body(section(r), partial(r), false) : new FetchItem.BodyStructure(false);
            case "BODY.PEEK" -> new FetchItem.Body(section(r), partial(r), true);
            case "BINARY" -> new FetchItem.Binary(binarySection(r), partial(r), false);
            case "BINARY.PEEK" -> new FetchItem.Binary(binarySection(r), partial(r), true);
            case "BINARY.SIZE" -> new FetchItem.BinarySize(binarySection(r));
            default -> throw r.bad("unknown FETCH item");
        };
    }

    /** section = "[" [section-spec] "]" (RFC 9051 §9). */
    static Section section(CommandReader r) throws ImapParseException, IOException {
        r.expect('[', "[");
        List<Integer> part = new ArrayList<>();
        Section.Kind kind = Section.Kind.CONTENT;
        List<String> fields = List.of();
        if (!r.peekIs(']')) {
            String text = null;
            if (r.peek() >= '0' && r.peek() <= '9') {
                part = partNumbers(r);
                if (r.tryChar('.')) {
                    text = r.keyword();
                }
            } else {
                text = r.keyword();
            }
            if (text != null) {
                kind = switch (text) {
                    case "HEADER" -> Section.Kind.HEADER;
                    case "HEADER.FIELDS" -> Section.Kind.HEADER_FIELDS;
                    case "HEADER.FIELDS.NOT" -> Section.Kind.HEADER_FIELDS_NOT;
                    case "TEXT" -> Section.Kind.TEXT;
                    case "MIME" -> {
                        if (part.isEmpty()) {
                            // RFC 9051 §6.4.5: MIME refers to a body part's header
                            throw r.bad("MIME needs a part number");
                        }
                        yield Section.Kind.MIME;
                    }
                    default -> throw r.bad("unknown section");
                };
                if (kind == Section.Kind.HEADER_FIELDS || kind == Section.Kind.HEADER_FIELDS_NOT) {
                    r.sp();
                    fields = headerList(r);
                }
            }
        }
        r.expect(']', "]");
        return new Section(part, kind, fields);
    }

    /** section-part = nz-number *("." nz-number); stops before ".TEXT" etc. */
    private static List<Integer> partNumbers(CommandReader r) throws ImapParseException {
        List<Integer> part = new ArrayList<>();
        while (true) {
            long n = r.nzNumber();
            if (n > Integer.MAX_VALUE) {
                throw r.bad("part number too large");
            }
            part.add((int) n);
            r.checkListSize(part.size());
            if (r.peekIs('.') && r.peekAt(1) >= '0' && r.peekAt(1) <= '9') {
                r.tryChar('.');
            } else {
                return part;
            }
        }
    }

    /** header-list = "(" header-fld-name *(SP header-fld-name) ")". */
    private static List<String> headerList(CommandReader r) throws ImapParseException, IOException {
        r.openParen();
        List<String> fields = new ArrayList<>();
        do {
            fields.add(r.headerFieldName());
            r.checkListSize(fields.size());
        } while (r.tryChar(' '));
        r.closeParen();
        return fields;
    }

    /** section-binary = "[" [section-part] "]" (RFC 3516 §5). */
    private static List<Integer> binarySection(CommandReader r) throws ImapParseException {
        r.expect('[', "[");
        List<Integer> part = r.peekIs(']') ? List.of() : partNumbers(r);
        r.expect(']', "]");
        return part;
    }

    /** partial = "<" number64 "." nz-number64 ">". */
    private static Partial partial(CommandReader r) throws ImapParseException {
        if (!r.tryChar('<')) {
            return null;
        }
        long offset = r.number64();
        r.expect('.', ".");
        long length = r.number64();
        if (length == 0) {
            throw r.bad("partial length must not be zero");
        }
        r.expect('>', ">");
        return new Partial(offset, length);
    }

    /** fetch-modifiers = SP "(" fetch-modifier *(SP fetch-modifier) ")". */
    private static FetchModifiers modifiers(CommandReader r, boolean uid) throws ImapParseException {
        r.openParen();
        Long changedSince = null;
        boolean vanished = false;
        do {
            String name = r.atomUpper();
            switch (name) {
                case "CHANGEDSINCE" -> {
                    if (changedSince != null) {
                        throw r.bad("CHANGEDSINCE given twice");
                    }
                    r.sp();
                    changedSince = r.number64();
                }
                case "VANISHED" -> {
                    if (vanished) {
                        throw r.bad("VANISHED given twice");
                    }
                    vanished = true;
                }
                default -> throw r.bad("unknown FETCH modifier");
            }
        } while (r.tryChar(' '));
        r.closeParen();
        if (vanished && (!uid || changedSince == null)) {
            // RFC 7162 §3.2.6: VANISHED only in UID FETCH and only with CHANGEDSINCE
            throw r.bad("VANISHED needs UID FETCH with CHANGEDSINCE");
        }
        return new FetchModifiers(changedSince, vanished);
    }
}
