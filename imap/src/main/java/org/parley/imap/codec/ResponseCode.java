package org.parley.imap.codec;

import java.util.List;

/**
 * A response code, the bracketed part of a status response (RFC 9051 §7.1 and the extensions'
 * sections named below). {@link Simple} holds the codes without arguments; records the others.
 * {@link ImapWriter} renders them.
 */
public sealed interface ResponseCode {
    /** Codes without arguments. */
    enum Simple implements ResponseCode {
        ALERT("ALERT"),
        ALREADYEXISTS("ALREADYEXISTS"),
        AUTHENTICATIONFAILED("AUTHENTICATIONFAILED"),
        AUTHORIZATIONFAILED("AUTHORIZATIONFAILED"),
        CANNOT("CANNOT"),
        CLIENTBUG("CLIENTBUG"),
        /** RFC 7162 §3.2.11: the previous mailbox was closed by this SELECT. */
        CLOSED("CLOSED"),
        /** RFC 4978 §3. */
        COMPRESSIONACTIVE("COMPRESSIONACTIVE"),
        CONTACTADMIN("CONTACTADMIN"),
        CORRUPTION("CORRUPTION"),
        EXPIRED("EXPIRED"),
        EXPUNGEISSUED("EXPUNGEISSUED"),
        HASCHILDREN("HASCHILDREN"),
        INUSE("INUSE"),
        LIMIT("LIMIT"),
        /** RFC 7162 §3.1.2.2. */
        NOMODSEQ("NOMODSEQ"),
        NONEXISTENT("NONEXISTENT"),
        NOPERM("NOPERM"),
        /** RFC 5182 §2.4: SEARCH RETURN (SAVE) failed. */
        NOTSAVED("NOTSAVED"),
        OVERQUOTA("OVERQUOTA"),
        PARSE("PARSE"),
        PRIVACYREQUIRED("PRIVACYREQUIRED"),
        READ_ONLY("READ-ONLY"),
        READ_WRITE("READ-WRITE"),
        SERVERBUG("SERVERBUG"),
        /** RFC 7889 / RFC 4469. */
        TOOBIG("TOOBIG"),
        TRYCREATE("TRYCREATE"),
        UIDNOTSTICKY("UIDNOTSTICKY"),
        UNAVAILABLE("UNAVAILABLE"),
        /** RFC 3516 §4.3. */
        UNKNOWN_CTE("UNKNOWN-CTE"),
        /** RFC 6154 §5.3: CREATE with an unsupported special use. */
        USEATTR("USEATTR");

        private final String atom;

        Simple(String atom) {
            this.atom = atom;
        }

        public String atom() {
            return atom;
        }
    }

    /** {@code CAPABILITY cap...}. */
    record Capability(List<String> capabilities) implements ResponseCode {
        public Capability {
            capabilities = List.copyOf(capabilities);
        }
    }

    /** {@code PERMANENTFLAGS (flag...)}; include {@code \*} when keywords may be created. */
    record PermanentFlags(List<String> flags) implements ResponseCode {
        public PermanentFlags {
            flags = List.copyOf(flags);
        }
    }

    /** {@code BADCHARSET [(charset...)]}; an empty list writes the bare code. */
    record BadCharset(List<String> supported) implements ResponseCode {
        public BadCharset {
            supported = List.copyOf(supported);
        }
    }

    record UidValidity(long value) implements ResponseCode {}

    record UidNext(long value) implements ResponseCode {}

    /** IMAP4rev1 only: first unseen message's sequence number. */
    record Unseen(long sequenceNumber) implements ResponseCode {}

    /** RFC 7162 §3.1.2.1. */
    record HighestModSeq(long value) implements ResponseCode {}

    /** RFC 4315 §3 {@code APPENDUID uidvalidity uid-set}. */
    record AppendUid(long uidValidity, SequenceSet uids) implements ResponseCode {}

    /** RFC 4315 §3 {@code COPYUID uidvalidity source-uids dest-uids}, sets in corresponding order. */
    record CopyUid(long uidValidity, SequenceSet sourceUids, SequenceSet destinationUids) implements ResponseCode {}

    /** RFC 7162 §3.1.3 {@code MODIFIED set}: messages STORE did not change due to UNCHANGEDSINCE. */
    record Modified(SequenceSet set) implements ResponseCode {}

    /**
     * Any other code, written as {@code [atom text]} ({@code text} may be null). Neither may
     * contain CR, LF or {@code ]}.
     */
    record Other(String atom, String text) implements ResponseCode {}
}
