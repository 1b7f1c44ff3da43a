package org.parley.imap.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed IMAP command: one record per command (RFC 9051 §6 and the extensions listed in
 * {@code package-info}). The UID forms are the same records with {@code uid == true}; EXAMINE is
 * {@link Select} with {@code readOnly}.
 *
 * <p>Everything is decoded: mailbox names are Unicode (from modified UTF-7 or UTF-8, see
 * {@link ParseContext}), with {@code INBOX} in any case normalized to "INBOX"; atoms that are
 * keywords of the grammar (capabilities, mechanisms, resource names) are upper-cased; flags have
 * system flags in canonical case. Which commands a session state allows is the session's check,
 * not the parser's. Records are immutable; "null" in a component's description means the optional
 * argument was absent.
 */
public sealed interface ImapCommand {
    record Capability() implements ImapCommand {}

    record Noop() implements ImapCommand {}

    record Logout() implements ImapCommand {}

    /** RFC 9051 §6.2.1. */
    record StartTls() implements ImapCommand {}

    /**
     * RFC 9051 §6.2.2 with SASL-IR (RFC 4959).
     *
     * @param mechanism       upper-cased, e.g. "PLAIN"
     * @param initialResponse null without an initial response; empty for {@code =}
     */
    record Authenticate(String mechanism, byte[] initialResponse) implements ImapCommand {
        @Override
        public boolean equals(Object o) {
            return o instanceof Authenticate a && a.mechanism.equals(mechanism) && Arrays.equals(a.initialResponse, initialResponse);
        }

        @Override
        public int hashCode() {
            return mechanism.hashCode() * 31 + Arrays.hashCode(initialResponse);
        }

        @Override
        public String toString() {
            return "Authenticate[" + mechanism + (initialResponse == null ? "" : ", " + initialResponse.length + " octets") + "]";
        }
    }

    record Login(String user, String password) implements ImapCommand {
        @Override
        public String toString() {
            return "Login[" + user + ", ***]";
        }
    }

    /** RFC 5161; capability names upper-cased. */
    record Enable(List<String> capabilities) implements ImapCommand {
        public Enable {
            capabilities = List.copyOf(capabilities);
        }
    }

    /**
     * RFC 2971 ID: field → value in the order sent; a value is null for NIL. {@code fields} is
     * null for {@code ID NIL}. Field names keep their case (compare case-insensitively).
     */
    record Id(Map<String, String> fields) implements ImapCommand {
        public Id {
            fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** RFC 4978; mechanism upper-cased ("DEFLATE"). */
    record Compress(String mechanism) implements ImapCommand {}

    /** SELECT, or EXAMINE when {@code readOnly}; options from RFC 7162. */
    record Select(String mailbox, boolean readOnly, SelectOptions options) implements ImapCommand {}

    /** @param specialUse RFC 6154 §3 {@code (USE (\Drafts ...))}: attributes as sent, or empty */
    record Create(String mailbox, List<String> specialUse) implements ImapCommand {
        public Create {
            specialUse = List.copyOf(specialUse);
        }
    }

    record Delete(String mailbox) implements ImapCommand {}

    record Rename(String from, String to) implements ImapCommand {}

    record Subscribe(String mailbox) implements ImapCommand {}

    record Unsubscribe(String mailbox) implements ImapCommand {}

    /**
     * LIST with RFC 5258 LIST-EXTENDED.
     *
     * @param reference     the reference name (decoded like a mailbox name, may be "")
     * @param patterns      one or more patterns with {@code %} and {@code *}; "" asks for the
     *                      hierarchy delimiter
     * @param selectOptions selection options
     * @param returnOptions return options; SUBSCRIBED is added when selected by SUBSCRIBED
     *                      (RFC 5258 §3.1)
     * @param statusItems   for the STATUS return option (RFC 5819), else empty
     * @param extended      the client used any extended syntax: answer with extended data
     *                      (CHILDINFO) as RFC 5258 §3 requires only then
     */
    record ListMailboxes(String reference, List<String> patterns, Set<ListSelectOption> selectOptions,
                         Set<ListReturnOption> returnOptions, List<StatusItem> statusItems, boolean extended)
            implements ImapCommand {
        public ListMailboxes {
            patterns = List.copyOf(patterns);
            selectOptions = Set.copyOf(selectOptions);
            returnOptions = Set.copyOf(returnOptions);
            statusItems = List.copyOf(statusItems);
        }
    }

    /** IMAP4rev1 LSUB. */
    record Lsub(String reference, String pattern) implements ImapCommand {}

    /** RFC 2342 / RFC 9051 §6.3.10. */
    record Namespace() implements ImapCommand {}

    /** @param items distinct, in the order requested */
    record Status(String mailbox, List<StatusItem> items) implements ImapCommand {
        public Status {
            items = List.copyOf(items);
        }
    }

    /** APPEND; several messages with MULTIAPPEND (RFC 3502), to be stored atomically. */
    record Append(String mailbox, List<AppendMessage> messages) implements ImapCommand {
        public Append {
            messages = List.copyOf(messages);
        }
    }

    /** RFC 2177; the session then reads lines until {@link ImapParser#isIdleDone(byte[])}. */
    record Idle() implements ImapCommand {}

    record Check() implements ImapCommand {}

    record Close() implements ImapCommand {}

    /** RFC 3691 / RFC 9051 §6.4.2. */
    record Unselect() implements ImapCommand {}

    /** EXPUNGE, or UID EXPUNGE (RFC 4315 §2.1) when {@code uids} is not null. */
    record Expunge(SequenceSet uids) implements ImapCommand {}

    /**
     * SEARCH / UID SEARCH.
     *
     * @param returnOptions ESEARCH options (RFC 4731); null when RETURN was absent. {@code RETURN ()}
     *                      arrives as {ALL} (RFC 4731 §3.1)
     * @param charset       the CHARSET argument upper-cased, null when absent; strings in
     *                      {@code criteria} are already decoded with it
     * @param criteria      an {@link SearchKey.And} of the keys
     */
    record Search(boolean uid, Set<SearchReturnOption> returnOptions, String charset, SearchKey criteria)
            implements ImapCommand {
        public Search {
            returnOptions = returnOptions == null ? null : Set.copyOf(returnOptions);
        }
    }

    /**
     * FETCH / UID FETCH.
     *
     * @param items in the order requested, macros expanded, without duplicates
     */
    record Fetch(boolean uid, SequenceSet set, List<FetchItem> items, FetchModifiers modifiers) implements ImapCommand {
        public Fetch {
            items = List.copyOf(items);
        }

        /**
         * The items each FETCH response must carry: the requested ones plus UID for UID FETCH
         * (RFC 9051 §6.4.9) and MODSEQ with CHANGEDSINCE (RFC 7162 §3.1.4.1).
         */
        public List<FetchItem> responseItems() {
            List<FetchItem> out = new ArrayList<>(items);
            if (uid && !out.contains(FetchItem.UID)) {
                out.addFirst(FetchItem.UID);
            }
            if (modifiers.changedSince() != null && !out.contains(FetchItem.MODSEQ)) {
                out.add(FetchItem.MODSEQ);
            }
            return List.copyOf(out);
        }
    }

    /**
     * STORE / UID STORE.
     *
     * @param unchangedSince RFC 7162 §3.1.3 UNCHANGEDSINCE, null when absent
     */
    record Store(boolean uid, SequenceSet set, StoreAction action, Long unchangedSince) implements ImapCommand {}

    record Copy(boolean uid, SequenceSet set, String mailbox) implements ImapCommand {}

    /** RFC 6851. */
    record Move(boolean uid, SequenceSet set, String mailbox) implements ImapCommand {}

    /** RFC 5256 SORT; {@code charset} upper-cased (mandatory in SORT). */
    record Sort(boolean uid, List<SortCriterion> sortCriteria, String charset, SearchKey criteria) implements ImapCommand {
        public Sort {
            sortCriteria = List.copyOf(sortCriteria);
        }
    }

    /** RFC 5256 THREAD. */
    record ThreadMessages(boolean uid, ThreadAlgorithm algorithm, String charset, SearchKey criteria) implements ImapCommand {}

    /** RFC 4314 §3.1 SETACL: replace, add ({@code +rights}) or remove ({@code -rights}). */
    record SetAcl(String mailbox, String identifier, RightsChange change, String rights) implements ImapCommand {
        public enum RightsChange {
            REPLACE,
            ADD,
            REMOVE
        }
    }

    record DeleteAcl(String mailbox, String identifier) implements ImapCommand {}

    record GetAcl(String mailbox) implements ImapCommand {}

    record ListRights(String mailbox, String identifier) implements ImapCommand {}

    record MyRights(String mailbox) implements ImapCommand {}

    /** RFC 9208 §4.2; the quota root as sent (not a mailbox name, not decoded). */
    record GetQuota(String root) implements ImapCommand {}

    record GetQuotaRoot(String mailbox) implements ImapCommand {}

    /** RFC 9208 §4.1 SETQUOTA: resource name (upper-cased) → limit, in order; empty removes all. */
    record SetQuota(String root, Map<String, Long> limits) implements ImapCommand {
        public SetQuota {
            limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
        }
    }

    /** The command name as a client writes it, upper-case ("UID FETCH", "EXAMINE"), for logs and metrics. */
    default String commandName() {
        return switch (this) {
            case Capability c -> "CAPABILITY";
            case Noop c -> "NOOP";
            case Logout c -> "LOGOUT";
            case StartTls c -> "STARTTLS";
            case Authenticate c -> "AUTHENTICATE";
            case Login c -> "LOGIN";
            case Enable c -> "ENABLE";
            case Id c -> "ID";
            case Compress c -> "COMPRESS";
            case Select c -> c.readOnly() ? "EXAMINE" : "SELECT";
            case Create c -> "CREATE";
            case Delete c -> "DELETE";
            case Rename c -> "RENAME";
            case Subscribe c -> "SUBSCRIBE";
            case Unsubscribe c -> "UNSUBSCRIBE";
            case ListMailboxes c -> "LIST";
            case Lsub c -> "LSUB";
            case Namespace c -> "NAMESPACE";
            case Status c -> "STATUS";
            case Append c -> "APPEND";
            case Idle c -> "IDLE";
            case Check c -> "CHECK";
            case Close c -> "CLOSE";
            case Unselect c -> "UNSELECT";
            case Expunge c -> c.uids() == null ? "EXPUNGE" : "UID EXPUNGE";
            case Search c -> c.uid() ? "UID SEARCH" : "SEARCH";
            case Fetch c -> c.uid() ? "UID FETCH" : "FETCH";
            case Store c -> c.uid() ? "UID STORE" : "STORE";
            case Copy c -> c.uid() ? "UID COPY" : "COPY";
            case Move c -> c.uid() ? "UID MOVE" : "MOVE";
            case Sort c -> c.uid() ? "UID SORT" : "SORT";
            case ThreadMessages c -> c.uid() ? "UID THREAD" : "THREAD";
            case SetAcl c -> "SETACL";
            case DeleteAcl c -> "DELETEACL";
            case GetAcl c -> "GETACL";
            case ListRights c -> "LISTRIGHTS";
            case MyRights c -> "MYRIGHTS";
            case GetQuota c -> "GETQUOTA";
            case GetQuotaRoot c -> "GETQUOTAROOT";
            case SetQuota c -> "SETQUOTA";
        };
    }
}
