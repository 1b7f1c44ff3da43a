package org.parley.store.message;

import java.time.Instant;
import java.util.List;

/**
 * What the store keeps about a message besides its bytes, computed once at append so that FETCH,
 * SEARCH, SORT and THREAD never re-parse (produced by {@code MessageParser.parse(byte[])}, kept as
 * {@code encode()} bytes, read back with {@code ParsedMessage.decode(byte[])}).
 *
 * @param size         octets of the raw message (RFC822.SIZE)
 * @param envelope     the top-level ENVELOPE
 * @param body         the root of the MIME tree
 * @param sentDate     the Date header parsed (RFC 5256 §2.2 "sent date"), null if absent or invalid
 * @param baseSubject  RFC 5256 §2.1 base subject (decoded, normalized), "" when there is none;
 *                     not case-folded: compare with {@link AsciiCasemap}
 * @param references   Message-IDs ({@code "<id@host>"}, white space removed) for THREAD=REFERENCES
 *                     (RFC 5256 §4): those of References in order, else the first valid one of
 *                     In-Reply-To, else none
 * @param sortFrom     RFC 5256 §3 SORT FROM key: the addr-mailbox (local part, not the addr-spec)
 *                     of the first From entry of the ENVELOPE, folded with {@link AsciiCasemap};
 *                     for a group that entry is the group start, so the key is the group name;
 *                     "" if none
 * @param sortTo       the same for the first To entry (SORT TO)
 * @param sortCc       the same for the first Cc entry (SORT CC)
 * @param displayFrom  RFC 5957 §3 display value of the first From entry: its RFC 2047-decoded
 *                     display name if not empty, else mailbox@host, else mailbox (a group name),
 *                     else ""; not case-folded
 * @param displayTo    the same for the first To entry (DISPLAYTO)
 */
public record ParsedMessage(
        long size,
        Envelope envelope,
        BodyPart body,
        Instant sentDate,
        String baseSubject,
        List<String> references,
        String sortFrom,
        String sortTo,
        String sortCc,
        String displayFrom,
        String displayTo) {
    public ParsedMessage {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /**
     * The compact, versioned binary form (see {@code ParsedMessageCodec}): first octet the format
     * version, last four a CRC-32. {@code decode(encode())} equals this record.
     */
    public byte[] encode() {
        return ParsedMessageCodec.encode(this);
    }

    /**
     * Reads back what {@link #encode()} wrote.
     *
     * @throws ParsedMessageFormatException if the bytes are corrupt, truncated or of an unknown
     *     version; never allocates more than a small multiple of {@code data.length}
     */
    public static ParsedMessage decode(byte[] data) {
        return ParsedMessageCodec.decode(data);
    }
}
