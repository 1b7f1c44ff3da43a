package org.parley.imap.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** LIST with LIST-EXTENDED (RFC 5258 §6, RFC 9051 §6.3.9), LIST-STATUS (RFC 5819), and LSUB. */
final class ListCommandParser {
    private ListCommandParser() {}

    static ImapCommand list(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        boolean extended = false;
        Set<ListSelectOption> select = EnumSet.noneOf(ListSelectOption.class);
        if (r.peekIs('(')) {
            extended = true;
            selectOptions(r, select);
            r.sp();
        }
        String reference = r.mailboxForList();
        r.sp();
        List<String> patterns = new ArrayList<>();
        if (r.peekIs('(')) {
            extended = true;
            r.openParen();
            do {
                patterns.add(r.listMailbox());
                r.checkListSize(patterns.size());
            } while (r.tryChar(' '));
            r.closeParen();
        } else {
            patterns.add(r.listMailbox());
        }
        Set<ListReturnOption> returns = EnumSet.noneOf(ListReturnOption.class);
        List<StatusItem> statusItems = List.of();
        if (r.trySpBeforeArgument()) {
            extended = true;
            if (!r.atomUpper().equals("RETURN")) {
                throw r.bad("expected RETURN");
            }
            r.sp();
            statusItems = returnOptions(r, returns);
        }
        if (select.contains(ListSelectOption.SUBSCRIBED)) {
            // RFC 5258 §3.1: the SUBSCRIBED selection option implies the SUBSCRIBED return option
            returns.add(ListReturnOption.SUBSCRIBED);
        }
        return new ImapCommand.ListMailboxes(reference, patterns, select, returns, statusItems, extended);
    }

    private static void selectOptions(CommandReader r, Set<ListSelectOption> select) throws ImapParseException {
        r.openParen();
        if (!r.peekIs(')')) {
            do {
                String option = r.atomUpper();
                ListSelectOption o = switch (option) {
                    case "SUBSCRIBED" -> ListSelectOption.SUBSCRIBED;
                    case "REMOTE" -> ListSelectOption.REMOTE;
                    case "RECURSIVEMATCH" -> ListSelectOption.RECURSIVEMATCH;
                    case "SPECIAL-USE" -> ListSelectOption.SPECIAL_USE;
                    // RFC 5258 §3: unrecognized selection options are an error
                    default -> throw r.bad("unknown LIST selection option");
                };
                select.add(o);
            } while (r.tryChar(' '));
        }
        r.closeParen();
        if (select.contains(ListSelectOption.RECURSIVEMATCH)
                && !select.contains(ListSelectOption.SUBSCRIBED) && !select.contains(ListSelectOption.SPECIAL_USE)) {
            // RFC 5258 §3.1: RECURSIVEMATCH needs a base option to modify
            throw r.bad("RECURSIVEMATCH needs another selection option");
        }
    }

    private static List<StatusItem> returnOptions(CommandReader r, Set<ListReturnOption> returns)
            throws ImapParseException {
        r.openParen();
        List<StatusItem> statusItems = List.of();
        if (!r.peekIs(')')) {
            do {
                String option = r.atomUpper();
                switch (option) {
                    case "CHILDREN" -> returns.add(ListReturnOption.CHILDREN);
                    case "SUBSCRIBED" -> returns.add(ListReturnOption.SUBSCRIBED);
                    case "SPECIAL-USE" -> returns.add(ListReturnOption.SPECIAL_USE);
                    case "STATUS" -> {
                        if (!returns.add(ListReturnOption.STATUS)) {
                            throw r.bad("STATUS given twice");
                        }
                        r.sp();
                        statusItems = MailboxCommandParser.statusItems(r);
                    }
                    default -> throw r.bad("unknown LIST return option");
                }
            } while (r.tryChar(' '));
        }
        r.closeParen();
        return statusItems;
    }

    /** RFC 3501 §6.3.9: LSUB mailbox SP list-mailbox. */
    static ImapCommand lsub(CommandReader r) throws ImapParseException, IOException {
        r.sp();
        String reference = r.mailboxForList();
        r.sp();
        return new ImapCommand.Lsub(reference, r.listMailbox());
    }
}
