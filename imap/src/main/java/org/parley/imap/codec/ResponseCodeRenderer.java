package org.parley.imap.codec;

import java.io.IOException;

/** Writes the inside of a response code's brackets (RFC 9051 §7.1 resp-text-code). */
final class ResponseCodeRenderer {
    private ResponseCodeRenderer() {}

    static void write(ImapWriter w, ResponseCode code) throws IOException {
        switch (code) {
            case ResponseCode.Simple s -> w.raw(s.atom());
            case ResponseCode.Capability c -> {
                w.raw("CAPABILITY");
                for (String cap : c.capabilities()) {
                    w.sp().atom(cap);
                }
            }
            case ResponseCode.PermanentFlags p -> w.raw("PERMANENTFLAGS ").flagList(p.flags());
            case ResponseCode.BadCharset b -> {
                w.raw("BADCHARSET");
                if (!b.supported().isEmpty()) {
                    w.raw(" (");
                    for (int i = 0; i < b.supported().size(); i++) {
                        if (i > 0) {
                            w.sp();
                        }
                        w.astring(b.supported().get(i));
                    }
                    w.raw(")");
                }
            }
            case ResponseCode.UidValidity u -> w.raw("UIDVALIDITY ").number(u.value());
            case ResponseCode.UidNext u -> w.raw("UIDNEXT ").number(u.value());
            case ResponseCode.Unseen u -> w.raw("UNSEEN ").number(u.sequenceNumber());
            case ResponseCode.HighestModSeq h -> w.raw("HIGHESTMODSEQ ").number(h.value());
            case ResponseCode.AppendUid a -> w.raw("APPENDUID ").number(a.uidValidity()).sp().raw(set(a.uids()));
            case ResponseCode.CopyUid c -> w.raw("COPYUID ").number(c.uidValidity()).sp()
                    .raw(set(c.sourceUids())).sp().raw(set(c.destinationUids()));
            case ResponseCode.Modified m -> w.raw("MODIFIED ").raw(set(m.set()));
            case ResponseCode.Other o -> {
                w.atom(o.atom());
                if (o.text() != null) {
                    if (o.text().chars().anyMatch(ch -> ch == '\r' || ch == '\n' || ch == ']' || ch == 0)) {
                        throw new IllegalArgumentException("response code text may not contain CR, LF, NUL or ]");
                    }
                    w.sp().raw(o.text());
                }
            }
        }
    }

    private static String set(SequenceSet s) {
        if (s.isEmpty() || s.isSaved()) {
            throw new IllegalArgumentException("a response code needs a non-empty explicit set");
        }
        return s.toString();
    }
}
