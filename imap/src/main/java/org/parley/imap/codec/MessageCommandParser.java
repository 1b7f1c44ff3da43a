package org.parley.imap.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** STORE, COPY, MOVE and UID EXPUNGE arguments (RFC 9051 §6.4, RFC 7162, RFC 6851, RFC 4315). */
final class MessageCommandParser {
    private MessageCommandParser() {}

    /** RFC 9051 §6.4.6 with RFC 7162 §3.1.3: STORE set [SP "(" UNCHANGEDSINCE n ")"] SP store-att-flags. */
    static ImapCommand store(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        SequenceSet set = r.sequenceSet();
        r.sp();
        Long unchangedSince = null;
        if (r.peekIs('(')) {
            r.openParen();
            do {
                if (!r.atomUpper().equals("UNCHANGEDSINCE") || unchangedSince != null) {
                    throw r.bad("unknown or repeated STORE modifier");
                }
                r.sp();
                unchangedSince = r.number64();
            } while (r.tryChar(' '));
            r.closeParen();
            r.sp();
        }
        StoreAction.Mode mode = StoreAction.Mode.REPLACE;
        if (r.tryChar('+')) {
            mode = StoreAction.Mode.ADD;
        } else if (r.tryChar('-')) {
            mode = StoreAction.Mode.REMOVE;
        }
        String item = r.atomUpper();
        boolean silent = switch (item) {
            case "FLAGS" -> false;
            case "FLAGS.SILENT" -> true;
            default -> throw r.bad("expected FLAGS, +FLAGS or -FLAGS");
        };
        r.sp();
        List<String> flags;
        if (r.peekIs('(')) {
            flags = r.flagList();
        } else {
            flags = new ArrayList<>();
            do {
                flags.add(r.storableFlag());
                r.checkListSize(flags.size());
            } while (r.trySpBeforeArgument());
        }
        return new ImapCommand.Store(uid, set, new StoreAction(mode, silent, flags), unchangedSince);
    }

    static ImapCommand copy(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        SequenceSet set = r.sequenceSet();
        r.sp();
        return new ImapCommand.Copy(uid, set, r.mailbox());
    }

    static ImapCommand move(CommandReader r, boolean uid) throws ImapParseException, IOException {
        r.sp();
        SequenceSet set = r.sequenceSet();
        r.sp();
        return new ImapCommand.Move(uid, set, r.mailbox());
    }

    /** RFC 4315 §2.1: UID EXPUNGE uid-set. */
    static ImapCommand uidExpunge(CommandReader r) throws ImapParseException {
        r.sp();
        SequenceSet set = r.sequenceSet();
        if (set.usesStar() && !r.lenient(Leniency.STAR_IN_UID_EXPUNGE)) {
            throw r.bad("* is not allowed in UID EXPUNGE");
        }
        return new ImapCommand.Expunge(set);
    }
}
