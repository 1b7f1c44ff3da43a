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
 * @param baseSubject  RFC 5256 §2.1 base subject (decoded, normalized), "" when there is none
 * @param references   Message-IDs from References (in order), for THREAD=REFERENCES
 * @param sortFrom     first From address (addr-spec, lower-cased) for SORT FROM, "" if none
 * @param sortTo       first To address for SORT TO
 * @param sortCc       first Cc address for SORT CC
 * @param displayFrom  RFC 5957 DISPLAYFROM value (decoded display name, else addr-spec)
 * @param displayTo    RFC 5957 DISPLAYTO value
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
}
