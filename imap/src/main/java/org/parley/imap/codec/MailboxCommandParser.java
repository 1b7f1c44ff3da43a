package org.parley.imap.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arguments of the mailbox-level commands: SELECT, CREATE, RENAME, STATUS, ACL and QUOTA. */
final class MailboxCommandParser {
    private static final List<String> SPECIAL_USES =
            List.of("\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash");

    private MailboxCommandParser() {}

    /** RFC 9051 §6.3.2/§6.3.3 with RFC 7162 §3.1.8 and §3.2.5 select-params. */
    static ImapCommand select(CommandReader r, boolean readOnly) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        boolean condstore = false;
        SelectOptions.Qresync qresync = null;
        if (r.trySpBeforeArgument()) {
            r.openParen();
            do {
                String param = r.atomUpper();
                switch (param) {
                    case "CONDSTORE" -> {
                        if (condstore) {
                            throw r.bad("CONDSTORE given twice");
                        }
                        condstore = true;
                    }
                    case "QRESYNC" -> {
                        if (qresync != null) {
                            throw r.bad("QRESYNC given twice");
                        }
                        r.sp();
                        qresync = qresync(r);
                    }
                    default -> throw r.bad("unknown SELECT parameter");
                }
            } while (r.tryChar(' '));
            r.closeParen();
        }
        return new ImapCommand.Select(mailbox, readOnly, new SelectOptions(condstore, qresync));
    }

    /** RFC 7162 §7: "(" uidvalidity SP mod-sequence-value [SP known-uids] [SP seq-match-data] ")". */
    private static SelectOptions.Qresync qresync(CommandReader r) throws ImapParseException {
        r.openParen();
        long uidValidity = r.nzNumber();
        r.sp();
        long modSeq = r.number64();
        SequenceSet knownUids = null;
        SequenceSet knownSeqs = null;
        SequenceSet knownSeqUids = null;
        if (r.tryChar(' ')) {
            if (!r.peekIs('(')) {
                knownUids = r.sequenceSet();
                if (knownUids.isSaved()) {
                    throw r.bad("$ is not allowed in QRESYNC");
                }
            }
            if (knownUids == null || r.tryChar(' ')) {
                r.openParen();
                knownSeqs = r.sequenceSet();
                r.sp();
                knownSeqUids = r.sequenceSet();
                if (knownSeqs.isSaved() || knownSeqUids.isSaved()) {
                    throw r.bad("$ is not allowed in QRESYNC");
                }
                r.closeParen();
            }
        }
        r.closeParen();
        return new SelectOptions.Qresync(uidValidity, modSeq, knownUids, knownSeqs, knownSeqUids);
    }

    /** RFC 9051 §6.3.4 with RFC 6154 §3 create-params {@code (USE (attr...))}. */
    static ImapCommand create(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        List<String> uses = new ArrayList<>();
        if (r.trySpBeforeArgument()) {
            r.openParen();
            boolean seenUse = false;
            do {
                String param = r.atomUpper();
                if (!param.equals("USE") || seenUse) {
                    throw r.bad("unknown or repeated CREATE parameter");
                }
                seenUse = true;
                r.sp();
                r.openParen();
                if (!r.peekIs(')')) {
                    do {
                        r.expect('\\', "special-use attribute");
                        String attr = "\\" + r.atom();
                        uses.add(canonicalUse(attr));
                        r.checkListSize(uses.size());
                    } while (r.tryChar(' '));
                }
                r.closeParen();
            } while (r.tryChar(' '));
            r.closeParen();
        }
        return new ImapCommand.Create(mailbox, uses);
    }

    private static String canonicalUse(String attr) {
        for (String known : SPECIAL_USES) {
            if (known.equalsIgnoreCase(attr)) {
                return known;
            }
        }
        return attr;
    }

    static ImapCommand rename(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String from = r.mailbox();
        r.sp();
        String to = r.mailbox();
        return new ImapCommand.Rename(from, to);
    }

    /** RFC 9051 §6.3.11: STATUS mailbox SP "(" status-att *(SP status-att) ")". */
    static ImapCommand status(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        r.sp();
        return new ImapCommand.Status(mailbox, statusItems(r));
    }

    static List<StatusItem> statusItems(CommandReader r) throws ImapParseException {
        r.openParen();
        List<StatusItem> items = new ArrayList<>();
        do {
            StatusItem item = StatusItem.fromImap(r.atom());
            if (item == null) {
                throw r.bad("unknown status item");
            }
            if (!items.contains(item)) {
                items.add(item);
            }
        } while (r.tryChar(' '));
        r.closeParen();
        return items;
    }

    /** RFC 4314 §3.1: SETACL mailbox SP identifier SP mod-rights. */
    static ImapCommand setAcl(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        r.sp();
        String identifier = r.astring();
        r.sp();
        String rights = r.astring();
        ImapCommand.SetAcl.RightsChange change = ImapCommand.SetAcl.RightsChange.REPLACE;
        if (rights.startsWith("+")) {
            change = ImapCommand.SetAcl.RightsChange.ADD;
            rights = rights.substring(1);
        } else if (rights.startsWith("-")) {
            change = ImapCommand.SetAcl.RightsChange.REMOVE;
            rights = rights.substring(1);
        }
        return new ImapCommand.SetAcl(mailbox, identifier, change, rights);
    }

    static ImapCommand deleteAcl(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        r.sp();
        return new ImapCommand.DeleteAcl(mailbox, r.astring());
    }

    static ImapCommand listRights(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String mailbox = r.mailbox();
        r.sp();
        return new ImapCommand.ListRights(mailbox, r.astring());
    }

    /** RFC 9208 §4.1.3: SETQUOTA quota-root SP "(" [resource-name SP number64 *(...)] ")". */
    static ImapCommand setQuota(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String root = r.astring();
        r.sp();
        r.openParen();
        Map<String, Long> limits = new LinkedHashMap<>();
        if (!r.peekIs(')')) {
            do {
                String resource = r.atomUpper();
                r.sp();
                if (limits.put(resource, r.number64()) != null) {
                    throw r.bad("resource given twice");
                }
                r.checkListSize(limits.size());
            } while (r.tryChar(' '));
        }
        r.closeParen();
        return new ImapCommand.SetQuota(root, limits);
    }
}
