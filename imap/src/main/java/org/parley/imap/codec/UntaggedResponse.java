package org.parley.imap.codec;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Untagged server data (RFC 9051 §7 and the extensions' response sections), written by
 * {@link ImapWriter#write(UntaggedResponse)}. FETCH responses are streamed through
 * {@link ImapWriter#fetch(long)} instead. Mailbox names are Unicode; the writer encodes them.
 */
public sealed interface UntaggedResponse {
    /** {@code * OK/NO/BAD/BYE/PREAUTH [code] text}. */
    record Condition(ResponseStatus status, ResponseCode code, String text) implements UntaggedResponse {}

    record Capability(List<String> capabilities) implements UntaggedResponse {
        public Capability {
            capabilities = List.copyOf(capabilities);
        }
    }

    /** RFC 5161 §3.2: the capabilities this ENABLE turned on (possibly none). */
    record Enabled(List<String> capabilities) implements UntaggedResponse {
        public Enabled {
            capabilities = List.copyOf(capabilities);
        }
    }

    record Exists(long count) implements UntaggedResponse {}

    /** IMAP4rev1 only. */
    record Recent(long count) implements UntaggedResponse {}

    record Expunge(long sequenceNumber) implements UntaggedResponse {}

    /** RFC 7162 §3.2.10 {@code VANISHED [(EARLIER)] uids}. */
    record Vanished(boolean earlier, SequenceSet uids) implements UntaggedResponse {}

    record Flags(List<String> flags) implements UntaggedResponse {
        public Flags {
            flags = List.copyOf(flags);
        }
    }

    /**
     * {@code * LIST} (or {@code * LSUB} when {@code lsub}) with RFC 5258 extended data.
     *
     * @param attributes flags like {@code \HasNoChildren}, {@code \Subscribed}, {@code \Drafts}
     * @param delimiter  hierarchy delimiter, null for NIL (flat)
     * @param childInfo  CHILDINFO values (e.g. "SUBSCRIBED"), empty for none (RFC 5258 §3.5)
     * @param oldName    OLDNAME after a RENAME (RFC 9051 §6.3.9.7), null for none
     */
    record ListEntry(boolean lsub, List<String> attributes, Character delimiter, String mailbox,
                     List<String> childInfo, String oldName) implements UntaggedResponse {
        public ListEntry {
            attributes = List.copyOf(attributes);
            childInfo = List.copyOf(childInfo);
        }

        public ListEntry(List<String> attributes, Character delimiter, String mailbox) {
            this(false, attributes, delimiter, mailbox, List.of(), null);
        }
    }

    /** {@code * STATUS mailbox (item value ...)} in the map's order. */
    record MailboxStatus(String mailbox, Map<StatusItem, Long> values) implements UntaggedResponse {
        public MailboxStatus {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** IMAP4rev1 {@code * SEARCH n...} with RFC 7162 §3.1.5 {@code (MODSEQ n)} when highestModSeq is set. */
    record Search(long[] numbers, Long highestModSeq) implements UntaggedResponse {
        public Search {
            numbers = numbers.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Search s && Arrays.equals(s.numbers, numbers) && java.util.Objects.equals(s.highestModSeq, highestModSeq);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(numbers) * 31 + java.util.Objects.hashCode(highestModSeq);
        }

        @Override
        public String toString() {
            return "Search[" + Arrays.toString(numbers) + ", modseq=" + highestModSeq + "]";
        }
    }

    /**
     * RFC 4731 §3.1 / RFC 9051 §7.3.4 {@code * ESEARCH}. Null components are left out; an empty
     * {@code all} is left out too (no matches).
     *
     * @param tag the command's tag (written as {@code (TAG "a1")}), null for none
     */
    record ESearch(String tag, boolean uid, Long min, Long max, SequenceSet all, Long count, Long highestModSeq)
            implements UntaggedResponse {}

    /** RFC 5256 {@code * SORT n...}, with {@code (MODSEQ n)} per RFC 7162 §3.1.5 when set. */
    record Sort(long[] numbers, Long highestModSeq) implements UntaggedResponse {
        public Sort {
            numbers = numbers.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sort s && Arrays.equals(s.numbers, numbers) && java.util.Objects.equals(s.highestModSeq, highestModSeq);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(numbers) * 31 + java.util.Objects.hashCode(highestModSeq);
        }

        @Override
        public String toString() {
            return "Sort[" + Arrays.toString(numbers) + ", modseq=" + highestModSeq + "]";
        }
    }

    /** RFC 5256 §4 {@code * THREAD}: one tree per thread. */
    record Threads(List<ThreadNode> threads) implements UntaggedResponse {
        public Threads {
            threads = List.copyOf(threads);
        }
    }

    /** RFC 2342 / RFC 9051 §7.3.5; a null list is NIL. */
    record Namespace(List<Entry> personal, List<Entry> otherUsers, List<Entry> shared) implements UntaggedResponse {
        /** @param delimiter null for NIL */
        public record Entry(String prefix, Character delimiter) {}
    }

    /** RFC 2971 {@code * ID}: null for NIL; values may be null. */
    record Id(Map<String, String> fields) implements UntaggedResponse {
        public Id {
            fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** RFC 4314 §3.6 {@code * ACL mailbox (identifier rights)...}. */
    record Acl(String mailbox, Map<String, String> rights) implements UntaggedResponse {
        public Acl {
            rights = Collections.unmodifiableMap(new LinkedHashMap<>(rights));
        }
    }

    /** RFC 4314 §3.7 {@code * LISTRIGHTS mailbox identifier required optional...}. */
    record ListRights(String mailbox, String identifier, String required, List<String> optional) implements UntaggedResponse {
        public ListRights {
            optional = List.copyOf(optional);
        }
    }

    /** RFC 4314 §3.8. */
    record MyRights(String mailbox, String rights) implements UntaggedResponse {}

    /** RFC 9208 §5.1 {@code * QUOTA root (resource usage limit ...)}. */
    record Quota(String root, List<Resource> resources) implements UntaggedResponse {
        public Quota {
            resources = List.copyOf(resources);
        }

        /** Usage and limit in the resource's unit (STORAGE: KiB; MESSAGE: messages). */
        public record Resource(String name, long usage, long limit) {}
    }

    /** RFC 9208 §5.2 {@code * QUOTAROOT mailbox root...}. */
    record QuotaRoot(String mailbox, List<String> roots) implements UntaggedResponse {
        public QuotaRoot {
            roots = List.copyOf(roots);
        }
    }
}
